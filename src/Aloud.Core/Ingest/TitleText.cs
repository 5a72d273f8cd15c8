namespace Aloud.Ingest;

/// <summary>Removes the site name that pages append to their &lt;title&gt; ("Story | Site", "Story - Site").</summary>
internal static class TitleText
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

    /// <summary>
    /// The title without a trailing site name. With <paramref name="onlySiteName"/> only the known
    /// <paramref name="siteName"/> is removed; otherwise any short last segment (four words or fewer) is.
    /// </summary>
    public static string? StripSiteSuffix(string? title, string? siteName, bool onlySiteName)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        int best = -1, length = 0;
        foreach (var separator in Separators)
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > best) (best, length) = (at, separator.Length);
        }
        if (best <= 0) return title;

        var head = title[..best].TrimEnd();
        var tail = title[(best + length)..].Trim();
        var isSite = siteName is not null && string.Equals(tail, siteName.Trim(), StringComparison.OrdinalIgnoreCase);
        var looksLikeSite = !onlySiteName && TextClean.WordCount(tail) <= 4 && TextClean.WordCount(head) >= 2;
        return (isSite || looksLikeSite) && head.Length > 0 ? head : title;
    }
}
