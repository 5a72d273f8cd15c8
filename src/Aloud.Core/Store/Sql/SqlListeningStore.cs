using System.Data.Common;

namespace Aloud.Store.Sql;

/// <summary>
/// Listening statistics in the database: one row per article and UTC day (counters only), seconds per speed, and one
/// row per reported word. Batches add to counters in one statement, so concurrent beacons never lose counts.
/// </summary>
public sealed class SqlListeningStore(StoreDatabase database) : IListeningStore
{
    public async Task RecordAsync(string articleId, ListeningBatch batch, DateTimeOffset received, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var rateSeconds = batch.SecondsByRate.Sum(r => r.Key * r.Value);
        var heardAtRates = batch.SecondsByRate.Values.Sum();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("""
            INSERT INTO listening (article_id, day, plays, seconds, rate_seconds, q1, q2, q3, q4)
            VALUES (@id, @day, @plays, @seconds, @rateSeconds, @q1, @q2, @q3, @q4)
            ON CONFLICT (article_id, day) DO UPDATE SET plays = listening.plays + excluded.plays, seconds = listening.seconds + excluded.seconds,
                rate_seconds = listening.rate_seconds + excluded.rate_seconds, q1 = listening.q1 + excluded.q1, q2 = listening.q2 + excluded.q2,
                q3 = listening.q3 + excluded.q3, q4 = listening.q4 + excluded.q4
            """, cancellationToken, transaction,
            ("@id", articleId), ("@day", DayOf(received)), ("@plays", batch.Plays), ("@seconds", batch.Seconds),
            // The average speed is weighted by time heard; seconds not attributed to a speed count at 1x.
            ("@rateSeconds", rateSeconds + Math.Max(0, batch.Seconds - heardAtRates)),
            ("@q1", Reached(batch, 1)), ("@q2", Reached(batch, 2)), ("@q3", Reached(batch, 3)), ("@q4", Reached(batch, 4))).ConfigureAwait(false);
        foreach (var (rate, seconds) in batch.SecondsByRate)
        {
            await connection.ExecuteAsync("""
                INSERT INTO listening_rates (article_id, rate, seconds) VALUES (@id, @rate, @seconds)
                ON CONFLICT (article_id, rate) DO UPDATE SET seconds = listening_rates.seconds + excluded.seconds
                """, cancellationToken, transaction, ("@id", articleId), ("@rate", rate), ("@seconds", seconds)).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<ListeningSummary> SummarizeAsync(string articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var days = await connection.QueryAsync("SELECT * FROM listening WHERE article_id = @id ORDER BY day", r => r.GetDayRow(), cancellationToken, null, ("@id", articleId)).ConfigureAwait(false);
        var rates = await connection.QueryAsync("SELECT rate, seconds FROM listening_rates WHERE article_id = @id ORDER BY rate",
            r => (Rate: r.GetDouble(0), Seconds: r.GetDouble(1)), cancellationToken, null, ("@id", articleId)).ConfigureAwait(false);
        var seconds = days.Sum(d => d.Seconds);
        return new ListeningSummary(
            articleId,
            days.Sum(d => d.Plays),
            Math.Round(seconds, 1),
            [days.Sum(d => d.Q1), days.Sum(d => d.Q2), days.Sum(d => d.Q3), days.Sum(d => d.Q4)],
            seconds > 0 ? Math.Round(days.Sum(d => d.RateSeconds) / seconds, 2) : null,
            rates.ToDictionary(r => r.Rate, r => Math.Round(r.Seconds, 1)),
            days.Select(d => new DailyListening(DateOnly.FromDateTime(DateTime.UnixEpoch.AddDays(d.Day)), d.Plays, Math.Round(d.Seconds, 1))).ToList());
    }

    public async Task<IReadOnlyList<ListeningSummary>> SummarizeAllAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var ids = await connection.QueryAsync("SELECT article_id FROM listening GROUP BY article_id ORDER BY SUM(plays) DESC, SUM(seconds) DESC LIMIT @limit",
            r => r.GetString(0), cancellationToken, null, ("@limit", limit)).ConfigureAwait(false);
        var summaries = new List<ListeningSummary>();
        foreach (var id in ids) summaries.Add(await SummarizeAsync(id, cancellationToken).ConfigureAwait(false));
        return summaries;
    }

    public async Task ReportAsync(string articleId, int wordIndex, string written, string? spoken, DateTimeOffset received, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("INSERT INTO reported_words (article_id, written, spoken, word_index, created) VALUES (@id, @written, @spoken, @index, @created)",
            cancellationToken, null, ("@id", articleId), ("@written", written), ("@spoken", spoken), ("@index", wordIndex), ("@created", Clock.ToMs(received))).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ReportedWord>> ListReportsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"""
            SELECT MIN(written) AS written, MAX(spoken) AS spoken, COUNT(*) AS reports, MAX(created) AS last, {database.JoinDistinct("article_id")} AS articles
            FROM reported_words GROUP BY lower(written) ORDER BY reports DESC, last DESC LIMIT @limit
            """, r => new ReportedWord(r.GetString(0), r.StringOrNull("spoken"), r.GetInt64(2), Clock.FromMs(r.GetInt64(3)), r.GetString(4).Split(',')),
            cancellationToken, null, ("@limit", limit)).ConfigureAwait(false);
    }

    private static long DayOf(DateTimeOffset time) => time.ToUnixTimeSeconds() / 86_400;

    private static int Reached(ListeningBatch batch, int quartile) => batch.Quartiles.Contains(quartile) ? 1 : 0;
}

/// <summary>A row of the listening table.</summary>
internal sealed record ListeningDay(long Day, long Plays, double Seconds, double RateSeconds, long Q1, long Q2, long Q3, long Q4);

internal static class ListeningRows
{
    public static ListeningDay GetDayRow(this DbDataReader r) => new(
        r.GetInt64(r.GetOrdinal("day")), r.GetInt64(r.GetOrdinal("plays")), r.GetDouble(r.GetOrdinal("seconds")), r.GetDouble(r.GetOrdinal("rate_seconds")),
        r.GetInt64(r.GetOrdinal("q1")), r.GetInt64(r.GetOrdinal("q2")), r.GetInt64(r.GetOrdinal("q3")), r.GetInt64(r.GetOrdinal("q4")));
}
