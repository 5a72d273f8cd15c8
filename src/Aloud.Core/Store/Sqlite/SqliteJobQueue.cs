using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Aloud.Store.Sqlite;

/// <summary>
/// The job queue in SQLite: a claim is one IMMEDIATE transaction (SQLite has one writer, so no two workers can
/// take the same row), and every later change is conditional on the claim's lease token.
/// </summary>
public sealed class SqliteJobQueue(SqliteDatabase database, TimeProvider? time = null) : IJobQueue
{
    /// <summary>A job whose worker died this many times is failed rather than tried again: it probably kills workers.</summary>
    public const int MaxLeaseExpiries = 10;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private long Now => Clock.ToMs(_time.GetUtcNow());

    public async Task<ClaimedJob?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var candidates = await connection.QueryAsync("""
                SELECT id, article_id, version, attempts, reason, status FROM jobs j
                WHERE ((status = 'queued' AND run_after <= @now) OR (status = 'running' AND lease_expires < @now))
                  AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.article_id = j.article_id AND o.id <> j.id
                                  AND o.status = 'running' AND o.lease_expires >= @now)
                ORDER BY run_after, id LIMIT 1
                """,
                r => (Id: r.Long("id"), Article: r.String("article_id"), Version: (int)r.Long("version"), Attempts: (int)r.Long("attempts"),
                      Reason: r.String("reason"), Status: r.String("status")),
                cancellationToken, tx, ("@now", now)).ConfigureAwait(false);
            if (candidates.Count == 0)
            {
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false); // keeps jobs failed on the way here
                return null;
            }
            var job = candidates[0];
            if (job.Status == "running" && job.Attempts >= MaxLeaseExpiries)
            {
                await connection.ExecuteAsync("UPDATE jobs SET status = 'failed', error = @error, finished = @now, lease_owner = NULL WHERE id = @id",
                    cancellationToken, tx, ("@error", $"the worker stopped {job.Attempts} times while narrating this article"), ("@now", now), ("@id", job.Id)).ConfigureAwait(false);
                continue;
            }
            var token = $"{workerId}/{Guid.NewGuid():N}";
            await connection.ExecuteAsync("""
                UPDATE jobs SET status = 'running', lease_owner = @token, lease_expires = @expires, attempts = attempts + 1,
                    started = COALESCE(started, @now), sentences_done = 0
                WHERE id = @id
                """, cancellationToken, tx, ("@token", token), ("@expires", now + (long)lease.TotalMilliseconds), ("@now", now), ("@id", job.Id)).ConfigureAwait(false);
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ClaimedJob(job.Id, job.Article, job.Version, job.Attempts + 1, token, job.Reason);
        }
    }

    public async Task<bool> HeartbeatAsync(ClaimedJob job, int sentencesDone, int sentencesTotal, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync("""
            UPDATE jobs SET lease_expires = @expires, sentences_done = @done, sentences_total = @total
            WHERE id = @id AND status = 'running' AND lease_owner = @token
            """, cancellationToken, null,
            ("@expires", now + (long)lease.TotalMilliseconds), ("@done", sentencesDone), ("@total", sentencesTotal), ("@id", job.Id), ("@token", job.LeaseToken)).ConfigureAwait(false) == 1;
    }

    public async Task<int?> ResolveFetchedAsync(ClaimedJob job, ArticleContent content, ArticleFacts metadata, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(content);
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await HoldsLeaseAsync(connection, tx, job, cancellationToken).ConfigureAwait(false)) return null;
        var latest = (await connection.QueryAsync(
            "SELECT version, content_hash FROM article_versions WHERE article_id = @id ORDER BY version DESC LIMIT 1",
            r => (Version: (int)r.Long("version"), Hash: r.String("content_hash")), cancellationToken, tx, ("@id", job.ArticleId)).ConfigureAwait(false)).FirstOrDefault();
        var hasAudio = await connection.ScalarAsync<long>("SELECT audio_revision FROM articles WHERE id = @id", cancellationToken, tx, ("@id", job.ArticleId)).ConfigureAwait(false) > 0;
        int version;
        if (latest.Hash == content.ContentHash)
        {
            if (hasAudio)
            {
                // Fetched again, unchanged, and already narrated: the job is done without narrating.
                await connection.ExecuteAsync("UPDATE jobs SET status = 'done', finished = @now, lease_owner = NULL, lease_expires = NULL, version = @v WHERE id = @id",
                    cancellationToken, tx, ("@now", now), ("@v", latest.Version), ("@id", job.Id)).ConfigureAwait(false);
                await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }
            version = latest.Version;
        }
        else
        {
            version = latest.Version + 1;
            await SqliteArticleStore.InsertVersionAsync(connection, tx, job.ArticleId, version, content, now, cancellationToken).ConfigureAwait(false);
            await SqliteArticleStore.UpdateMetadataAsync(connection, tx, job.ArticleId, version, metadata, now, cancellationToken).ConfigureAwait(false);
        }
        await connection.ExecuteAsync("UPDATE jobs SET version = @v WHERE id = @id", cancellationToken, tx, ("@v", version), ("@id", job.Id)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    public async Task<int> NextRevisionAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await connection.ScalarAsync<long>("SELECT audio_revision + 1 FROM articles WHERE id = @id", cancellationToken, null, ("@id", articleId)).ConfigureAwait(false);
    }

    public async Task<bool> CompleteAsync(ClaimedJob job, CompletedNarration narration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(narration);
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var ended = await connection.ExecuteAsync("""
            UPDATE jobs SET status = 'done', finished = @now, lease_owner = NULL, lease_expires = NULL, error = NULL,
                sentences_total = MAX(sentences_total, @sentences), sentences_done = MAX(sentences_total, @sentences)
            WHERE id = @id AND status = 'running' AND lease_owner = @token
            """, cancellationToken, tx, ("@now", now), ("@id", job.Id), ("@token", job.LeaseToken), ("@sentences", narration.Sentences)).ConfigureAwait(false);
        if (ended != 1) return false;
        var version = await connection.ScalarAsync<long>("SELECT version FROM jobs WHERE id = @id", cancellationToken, tx, ("@id", job.Id)).ConfigureAwait(false);
        await connection.ExecuteAsync("""
            UPDATE articles SET audio_revision = @revision, audio_version = @version, audio_duration_ms = @duration, audio_files = @files,
                audio_voice = @voice, audio_completed = @now, updated = @now
            WHERE id = @id AND audio_revision < @revision
            """, cancellationToken, tx,
            ("@revision", narration.Revision), ("@version", version), ("@duration", narration.DurationMs), ("@files", JsonSerializer.Serialize(narration.Files)),
            ("@voice", narration.VoiceId), ("@now", now), ("@id", job.ArticleId)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> FailAsync(ClaimedJob job, string error, TimeSpan? retryAfter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var sql = retryAfter is null
            ? "UPDATE jobs SET status = 'failed', error = @error, finished = @now, lease_owner = NULL, lease_expires = NULL WHERE id = @id AND status = 'running' AND lease_owner = @token"
            : "UPDATE jobs SET status = 'queued', error = @error, run_after = @after, lease_owner = NULL, lease_expires = NULL WHERE id = @id AND status = 'running' AND lease_owner = @token";
        return await connection.ExecuteAsync(sql, cancellationToken, null,
            ("@error", error), ("@now", now), ("@after", now + (long)(retryAfter ?? TimeSpan.Zero).TotalMilliseconds), ("@id", job.Id), ("@token", job.LeaseToken)).ConfigureAwait(false) == 1;
    }

    public async Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var counts = await connection.QueryAsync("SELECT status, COUNT(*) AS n FROM jobs GROUP BY status", r => (Status: r.String("status"), N: (int)r.Long("n")), cancellationToken).ConfigureAwait(false);
        int Of(string status) => counts.Where(c => c.Status == status).Sum(c => c.N);
        return new QueueCounts(Of("queued"), Of("running"), Of("done"), Of("failed"));
    }

    public async Task<int> LiveLeasesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await connection.ScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE status = 'running' AND lease_expires >= @now", cancellationToken, null, ("@now", Now)).ConfigureAwait(false);
    }

    private static async Task<bool> HoldsLeaseAsync(SqliteConnection connection, SqliteTransaction tx, ClaimedJob job, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE id = @id AND status = 'running' AND lease_owner = @token",
            cancellationToken, tx, ("@id", job.Id), ("@token", job.LeaseToken)).ConfigureAwait(false) == 1;
}
