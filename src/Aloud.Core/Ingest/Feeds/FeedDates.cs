using System.Globalization;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// Dates as feeds write them: RFC 822 in RSS ("Tue, 03 Jun 2025 08:15:00 GMT", "3 Jun 25 10:15 +0200",
/// "Tue, 03 Jun 2025 04:15:00 EDT") and RFC 3339 in Atom and JSON Feed. Unreadable dates are null, not errors:
/// a bad date should not cost the story.
/// </summary>
internal static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100) return null;
        return Rfc822(text.Trim()) ?? ArticleMetadataReader.ParseDate(text);
    }

    private static DateTimeOffset? Rfc822(string text)
    {
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0 && comma <= 10) text = text[(comma + 1)..]; // the day name is optional and often wrong
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 4) return null;
        var month = Array.IndexOf(Months, parts[1].Length >= 3 ? parts[1][..3].ToLowerInvariant() : "") + 1;
        if (month == 0
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !TimeSpan.TryParseExact(parts[3], ["h\\:mm\\:ss", "h\\:mm"], CultureInfo.InvariantCulture, out var time))
            return null;
        if (parts[2].Length == 2) year += year < 50 ? 2000 : 1900; // RFC 822's two-digit years
        var offset = parts.Length > 4 ? Zone(parts[4]) : TimeSpan.Zero;
        try
        {
            return new DateTimeOffset(year, month, day, 0, 0, 0, offset) + time;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null; // 31 February and the like
        }
    }

    /// <summary>"+0200", "-05:00", "GMT", "EST"...; unknown zones count as UTC, as RFC 2822 says of military ones.</summary>
    private static TimeSpan Zone(string zone)
    {
        if (zone.Length >= 5 && (zone[0] == '+' || zone[0] == '-'))
        {
            var digits = zone[1..].Replace(":", "", StringComparison.Ordinal);
            if (digits.Length == 4
                && int.TryParse(digits[..2], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
                && int.TryParse(digits[2..], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
                && hours < 15 && minutes < 60)
            {
                var span = new TimeSpan(hours, minutes, 0);
                return zone[0] == '-' ? -span : span;
            }
            return TimeSpan.Zero;
        }
        return zone.ToUpperInvariant() switch
        {
            "EST" => TimeSpan.FromHours(-5),
            "EDT" => TimeSpan.FromHours(-4),
            "CST" => TimeSpan.FromHours(-6),
            "CDT" => TimeSpan.FromHours(-5),
            "MST" => TimeSpan.FromHours(-7),
            "MDT" => TimeSpan.FromHours(-6),
            "PST" => TimeSpan.FromHours(-8),
            "PDT" => TimeSpan.FromHours(-7),
            _ => TimeSpan.Zero,
        };
    }
}
