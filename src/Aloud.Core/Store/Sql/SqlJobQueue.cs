using System.Data.Common;
using System.Text.Json;

namespace Aloud.Store.Sql;

/// <summary>
/// The job queue in the database. A claim picks the oldest due job and takes it in one transaction: SQLite runs one
/// write transaction at a time, PostgreSQL has claimers skip rows another claimer holds (FOR UPDATE SKIP LOCKED) and
/// take the article's lock before re-checking that no other job of it runs. Every later change is conditional on
/// the claim's lease token, so a worker whose lease was taken over changes nothing.
/// </summary>
public sealed class SqlJobQueue(StoreDatabase database, TimeProvider? time = null) : IJobQueue
{
    /// <summary>A job whose worker died this many times is failed rather than tried again: it probably kills workers.</summary>
    public const int MaxLeaseExpiries = 10;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private long Now => Clock.ToMs(_time.GetUtcNow());

    public async Task<ClaimedJob?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var passedOver = new List<long>(); // jobs whose article another claimer is taking right now
        while (true)
        {
            var skip = passedOver.Count == 0 ? "" : $" AND j.id NOT IN ({string.Join(',', passedOver.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            var candidates = await connection.QueryAsync($"""
                SELECT j.id, j.article_id, j.version, j.attempts, j.reason, j.status FROM jobs j
                WHERE ((j.status = 'queued' AND j.run_after <= @now) OR (j.status = 'running' AND j.lease_expires < @now))
                  AND NOT EXISTS (SELECT 1 FROM jobs o WHERE o.article_id = j.article_id AND o.id <> j.id
                                  AND o.status = 'running' AND o.lease_expires >= @now){skip}
                ORDER BY j.run_after, j.id LIMIT 1{database.SkipLockedClause}
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
            if (!await database.TryLockAsync(connection, tx, SqlArticleStore.ArticleLock(job.Article), cancellationToken).ConfigureAwait(false)
                || await OtherJobRunsAsync(connection, tx, job.Article, job.Id, now, cancellationToken).ConfigureAwait(false))
            {
                passedOver.Add(job.Id);
                continue;
            }
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

    /// <summary>Asked again under the article's lock: a claimer that committed after our query started is seen now.</summary>
    private static async Task<bool> OtherJobRunsAsync(DbConnection connection, DbTransaction tx, string articleId, long jobId, long now, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE article_id = @a AND id <> @id AND status = 'running' AND lease_expires >= @now",
            cancellationToken, tx, ("@a", articleId), ("@id", jobId), ("@now", now)).ConfigureAwait(false) > 0;

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
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, tx, SqlArticleStore.ArticleLock(job.ArticleId), cancellationToken).ConfigureAwait(false);
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
            await SqlArticleStore.InsertVersionAsync(connection, tx, job.ArticleId, version, content, now, cancellationToken).ConfigureAwait(false);
            await SqlArticleStore.UpdateMetadataAsync(connection, tx, job.ArticleId, version, metadata, now, cancellationToken).ConfigureAwait(false);
        }
        await connection.ExecuteAsync("UPDATE jobs SET version = @v WHERE id = @id", cancellationToken, tx, ("@v", version), ("@id", job.Id)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return version;
    }

    public async Task<int> NextRevisionAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (int)await connection.ScalarAsync<long>($"""
            UPDATE articles SET revisions_allocated = {database.Greatest("revisions_allocated", "audio_revision")} + 1 WHERE id = @id
            RETURNING revisions_allocated
            """, cancellationToken, null, ("@id", articleId)).ConfigureAwait(false);
    }

    public async Task<bool> CompleteAsync(ClaimedJob job, CompletedNarration narration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(narration);
        var now = Now;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var ended = await connection.ExecuteAsync($"""
            UPDATE jobs SET status = 'done', finished = @now, lease_owner = NULL, lease_expires = NULL, error = @warning,
                sentences_total = {database.Greatest("sentences_total", "@sentences")}, sentences_done = {database.Greatest("sentences_total", "@sentences")}
            WHERE id = @id AND status = 'running' AND lease_owner = @token
            """, cancellationToken, tx, ("@now", now), ("@id", job.Id), ("@token", job.LeaseToken), ("@sentences", narration.Sentences), ("@warning", narration.Warning)).ConfigureAwait(false);
        if (ended != 1) return false;
        var version = await connection.ScalarAsync<long>("SELECT version FROM jobs WHERE id = @id", cancellationToken, tx, ("@id", job.Id)).ConfigureAwait(false);
        await connection.ExecuteAsync("""
            UPDATE articles SET audio_previous_revision = NULLIF(audio_revision, 0), audio_revision = @revision, audio_version = @version, audio_duration_ms = @duration, audio_files = @files,
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

    private static async Task<bool> HoldsLeaseAsync(DbConnection connection, DbTransaction tx, ClaimedJob job, CancellationToken cancellationToken) =>
        await connection.ScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE id = @id AND status = 'running' AND lease_owner = @token",
            cancellationToken, tx, ("@id", job.Id), ("@token", job.LeaseToken)).ConfigureAwait(false) == 1;
}
