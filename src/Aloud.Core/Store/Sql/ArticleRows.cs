using System.Data.Common;
using System.Text.Json;

namespace Aloud.Store.Sql;

/// <summary>Reads articles with the state of their latest job, the one query every article read shares.</summary>
internal static class ArticleRows
{
    /// <summary>Articles joined to their newest job that was not superseded; <c>@now</c> decides whether a lease is live.</summary>
    public const string Select = """
        SELECT a.*, j.status AS job_status, j.lease_expires AS job_lease, j.sentences_done, j.sentences_total,
               j.error AS job_error, j.attempts AS job_attempts
        FROM articles a
        LEFT JOIN jobs j ON j.id = (SELECT MAX(id) FROM jobs WHERE article_id = a.id AND status <> 'superseded')
        """;

    public static StoredArticle Map(DbDataReader row, long now)
    {
        var revision = (int)row.Long("audio_revision");
        var filesJson = row.StringOrNull("audio_files");
        var audio = revision > 0 && filesJson is not null
            ? new PublishedAudio(
                revision,
                (int)(row.LongOrNull("audio_version") ?? 0),
                row.DoubleOrNull("audio_duration_ms") ?? 0,
                JsonSerializer.Deserialize<Dictionary<string, long>>(filesJson) ?? [],
                Clock.FromMs(row.LongOrNull("audio_completed") ?? 0),
                row.StringOrNull("audio_voice") ?? "",
                (int?)row.LongOrNull("audio_previous_revision"))
            : null;
        return new StoredArticle
        {
            Id = row.String("id"),
            Url = row.StringOrNull("url"),
            Title = row.StringOrNull("title"),
            Byline = row.StringOrNull("byline"),
            Published = Clock.FromMs(row.LongOrNull("published")),
            Language = row.StringOrNull("language"),
            Settings = NarrationSettings.FromJson(row.String("settings")),
            FeedId = row.StringOrNull("feed_id"),
            CurrentVersion = (int)row.Long("current_version"),
            Status = StatusOf(row.StringOrNull("job_status"), row.LongOrNull("job_lease"), now),
            SentencesDone = (int)(row.LongOrNull("sentences_done") ?? 0),
            SentencesTotal = (int)(row.LongOrNull("sentences_total") ?? 0),
            Error = row.StringOrNull("job_error"),
            Attempts = (int)(row.LongOrNull("job_attempts") ?? 0),
            Audio = audio,
            Created = Clock.FromMs(row.Long("created")),
            Updated = Clock.FromMs(row.Long("updated")),
        };
    }

    /// <summary>A running job whose lease ran out belongs to a dead worker: it will be claimed again, so it reads as queued.</summary>
    private static ArticleStatus StatusOf(string? jobStatus, long? leaseExpires, long now) => jobStatus switch
    {
        "running" when leaseExpires >= now => ArticleStatus.Running,
        "running" or "queued" => ArticleStatus.Queued,
        "failed" => ArticleStatus.Failed,
        _ => ArticleStatus.Done,
    };

    public static async Task<StoredArticle?> GetAsync(DbConnection connection, string id, DbTransaction? transaction, long now, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(Select + " WHERE a.id = @id", r => Map(r, now), cancellationToken, transaction, ("@id", id)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }
}
