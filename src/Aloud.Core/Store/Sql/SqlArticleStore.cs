using System.Data.Common;

namespace Aloud.Store.Sql;

/// <summary>Articles, versions and their jobs in the database; see <see cref="IArticleStore"/>.</summary>
public sealed class SqlArticleStore(StoreDatabase database, TimeProvider? time = null) : IArticleStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<SubmissionResult> SubmitAsync(ArticleSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var now = Clock.ToMs(_time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        // Two submissions of the same URL or article take turns (URL first, then article, in every path).
        if (submission.Url is not null) await database.LockAsync(connection, tx, "url:" + submission.Url, cancellationToken).ConfigureAwait(false);

        var id = submission.ArticleId
            ?? (submission.Url is null ? null
                : await connection.ScalarAsync<string?>("SELECT id FROM articles WHERE url = @url", cancellationToken, tx, ("@url", submission.Url)).ConfigureAwait(false));
        if (id is not null) await database.LockAsync(connection, tx, ArticleLock(id), cancellationToken).ConfigureAwait(false);
        var existing = id is null ? null : await ArticleRows.GetAsync(connection, id, tx, now, cancellationToken).ConfigureAwait(false);
        if (submission.ArticleId is not null && existing is null)
        {
            throw new KeyNotFoundException($"no article {submission.ArticleId}");
        }

        bool created = existing is null, queued;
        if (existing is null)
        {
            id = Ids.New();
            var version = submission.Content is null ? 0 : 1;
            await connection.ExecuteAsync("""
                INSERT INTO articles (id, url, title, byline, published, language, settings, feed_id, current_version, created, updated)
                VALUES (@id, @url, @title, @byline, @published, @language, @settings, @feed, @version, @now, @now)
                """, cancellationToken, tx,
                ("@id", id), ("@url", submission.Url), ("@title", submission.Metadata?.Title), ("@byline", submission.Metadata?.Byline),
                ("@published", submission.Metadata?.Published is { } p ? Clock.ToMs(p) : null), ("@language", submission.Metadata?.Language),
                ("@settings", submission.Settings.ToJson()), ("@feed", submission.FeedId), ("@version", version), ("@now", now)).ConfigureAwait(false);
            if (submission.Content is { } content)
            {
                await InsertVersionAsync(connection, tx, id, 1, content, now, cancellationToken).ConfigureAwait(false);
            }
            await EnqueueAsync(connection, tx, id, version, submission.Reason, now, cancellationToken).ConfigureAwait(false);
            queued = true;
        }
        else
        {
            queued = await UpdateExistingAsync(connection, tx, existing, submission, now, cancellationToken).ConfigureAwait(false);
        }
        var article = await ArticleRows.GetAsync(connection, id!, tx, now, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new SubmissionResult(article!, created, queued);
    }

    /// <summary>The lock every writer of one article's versions and jobs holds.</summary>
    internal static string ArticleLock(string id) => "article:" + id;

    private static async Task<bool> UpdateExistingAsync(DbConnection connection, DbTransaction tx, StoredArticle existing, ArticleSubmission submission, long now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("UPDATE articles SET settings = @settings, feed_id = COALESCE(feed_id, @feed), updated = @now WHERE id = @id", cancellationToken, tx,
            ("@settings", submission.Settings.ToJson()), ("@feed", submission.FeedId), ("@now", now), ("@id", existing.Id)).ConfigureAwait(false);
        if (submission.Content is not { } content)
        {
            // A URL posted again: fetch it to see whether it changed, unless a fetch is already waiting.
            var waiting = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM jobs WHERE article_id = @id AND status IN ('queued', 'running')",
                cancellationToken, tx, ("@id", existing.Id)).ConfigureAwait(false);
            if (waiting > 0) return false;
            await EnqueueAsync(connection, tx, existing.Id, 0, submission.Reason, now, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var latestHash = await connection.ScalarAsync<string?>("SELECT content_hash FROM article_versions WHERE article_id = @id ORDER BY version DESC LIMIT 1",
            cancellationToken, tx, ("@id", existing.Id)).ConfigureAwait(false);
        if (latestHash == content.ContentHash)
        {
            // The same content again: nothing to do, unless its narration failed, when posting it again retries.
            if (existing.Status != ArticleStatus.Failed) return false;
            await EnqueueAsync(connection, tx, existing.Id, existing.CurrentVersion, "retry", now, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var version = existing.CurrentVersion + 1;
        await InsertVersionAsync(connection, tx, existing.Id, version, content, now, cancellationToken).ConfigureAwait(false);
        await UpdateMetadataAsync(connection, tx, existing.Id, version, submission.Metadata, now, cancellationToken).ConfigureAwait(false);
        await EnqueueAsync(connection, tx, existing.Id, version, submission.Reason, now, cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal static async Task InsertVersionAsync(DbConnection connection, DbTransaction tx, string id, int version, ArticleContent content, long now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("""
            INSERT INTO article_versions (article_id, version, kind, content_hash, content_type, content, created)
            VALUES (@id, @version, @kind, @hash, @type, @content, @now)
            """, cancellationToken, tx,
            ("@id", id), ("@version", version), ("@kind", content.Kind.ToString().ToLowerInvariant()), ("@hash", content.ContentHash),
            ("@type", content.ContentType), ("@content", content.Bytes), ("@now", now)).ConfigureAwait(false);

    internal static async Task UpdateMetadataAsync(DbConnection connection, DbTransaction tx, string id, int version, ArticleFacts? metadata, long now, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("""
            UPDATE articles SET current_version = @version, title = COALESCE(@title, title), byline = COALESCE(@byline, byline),
                published = COALESCE(@published, published), language = COALESCE(@language, language), updated = @now
            WHERE id = @id
            """, cancellationToken, tx,
            ("@version", version), ("@title", metadata?.Title), ("@byline", metadata?.Byline),
            ("@published", metadata?.Published is { } p ? Clock.ToMs(p) : null), ("@language", metadata?.Language), ("@now", now), ("@id", id)).ConfigureAwait(false);

    /// <summary>Queues a job, superseding the article's jobs still waiting: only the newest content is worth narrating.</summary>
    internal static async Task EnqueueAsync(DbConnection connection, DbTransaction tx, string id, int version, string reason, long now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync("UPDATE jobs SET status = 'superseded', finished = @now WHERE article_id = @id AND status = 'queued'",
            cancellationToken, tx, ("@id", id), ("@now", now)).ConfigureAwait(false);
        await connection.ExecuteAsync("""
            INSERT INTO jobs (article_id, version, reason, status, run_after, created) VALUES (@id, @version, @reason, 'queued', @now, @now)
            """, cancellationToken, tx, ("@id", id), ("@version", version), ("@reason", reason), ("@now", now)).ConfigureAwait(false);
    }

    public async Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ArticleRows.GetAsync(connection, id, null, Clock.ToMs(_time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredArticle?> FindByUrlAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.ScalarAsync<string?>("SELECT id FROM articles WHERE url = @url", cancellationToken, null, ("@url", url)).ConfigureAwait(false);
        return id is null ? null : await ArticleRows.GetAsync(connection, id, null, Clock.ToMs(_time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    public async Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = Clock.ToMs(_time.GetUtcNow());
        var where = new List<string>();
        if (query.FeedId is not null) where.Add("a.feed_id = @feed");
        if (query.WithAudioOnly) where.Add("a.audio_revision > 0");
        if (query.Status is { } status)
        {
            where.Add(status switch
            {
                ArticleStatus.Queued => "(j.status = 'queued' OR (j.status = 'running' AND j.lease_expires < @now))",
                ArticleStatus.Running => "(j.status = 'running' AND j.lease_expires >= @now)",
                ArticleStatus.Failed => "j.status = 'failed'",
                _ => "(j.status IS NULL OR j.status = 'done')",
            });
        }
        var filter = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
        var order = query.WithAudioOnly ? " ORDER BY COALESCE(a.published, a.audio_completed) DESC, a.id" : " ORDER BY a.created DESC, a.id";
        (string, object?)[] parameters = [("@feed", query.FeedId), ("@now", now), ("@limit", query.Limit), ("@offset", query.Offset)];
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var items = await connection.QueryAsync(ArticleRows.Select + filter + order + " LIMIT @limit OFFSET @offset", r => ArticleRows.Map(r, now), cancellationToken, null, parameters).ConfigureAwait(false);
        var countSql = "SELECT COUNT(*) FROM articles a LEFT JOIN jobs j ON j.id = (SELECT MAX(id) FROM jobs WHERE article_id = a.id AND status <> 'superseded')" + filter;
        var total = await connection.ScalarAsync<long>(countSql, cancellationToken, null, parameters).ConfigureAwait(false);
        return new ArticlePage(items, (int)total, query.Offset, query.Limit);
    }

    public async Task<IReadOnlyList<ArticleVersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync(
            "SELECT version, kind, content_hash, CAST(length(content) AS BIGINT) AS bytes, created FROM article_versions WHERE article_id = @id ORDER BY version",
            r => new ArticleVersionInfo((int)r.Long("version"), Enum.Parse<SourceKind>(r.String("kind"), ignoreCase: true), r.String("content_hash"), r.Long("bytes"), Clock.FromMs(r.Long("created"))),
            cancellationToken, null, ("@id", id)).ConfigureAwait(false);
    }

    public async Task<ArticleContent?> GetContentAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync(
            "SELECT kind, content, content_type, content_hash FROM article_versions WHERE article_id = @id AND version = @version",
            r => new ArticleContent(Enum.Parse<SourceKind>(r.String("kind"), ignoreCase: true), (byte[])r["content"], r.StringOrNull("content_type"), r.String("content_hash")),
            cancellationToken, null, ("@id", id), ("@version", version)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync("DELETE FROM articles WHERE id = @id", cancellationToken, null, ("@id", id)).ConfigureAwait(false) > 0;
    }

    public async Task<bool> RequeueAsync(string id, string reason, CancellationToken cancellationToken = default)
    {
        var now = Clock.ToMs(_time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, tx, ArticleLock(id), cancellationToken).ConfigureAwait(false);
        var article = await ArticleRows.GetAsync(connection, id, tx, now, cancellationToken).ConfigureAwait(false);
        if (article is null || article.Status == ArticleStatus.Queued) return false;
        await EnqueueAsync(connection, tx, id, article.CurrentVersion, reason, now, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
