using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Runs a line pattern that has a timeout (patterns generated at build time, judged on short lines) so that running
/// out of time, which only a starved machine could cause on a line this short, means "no match": a line is then read
/// rather than dropped, and the page is never lost over one furniture test. The timeout is two seconds, far above
/// what any line takes, so only a starved machine reaches it; the patterns stay source-generated backtracking ones
/// because the non-backtracking engine builds each at run time, which cost every process about 70 MB and 0.4 s.
/// </summary>
internal static class TimedPatterns
{
    public static bool IsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static Match Match(Regex pattern, string text)
    {
        try
        {
            return pattern.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
    }
}
