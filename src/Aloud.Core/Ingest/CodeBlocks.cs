using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A terminal session set as the page's code (&lt;pre&gt;&lt;code&gt;$ time make clean all ...&lt;/code&gt;&lt;/pre&gt;): a command
/// after a shell prompt and what the machine printed back, which read aloud is noise ("real 41m07.552s") and which the
/// prose around it tells in words. Other code listings are still read, as the Readability reference keeps them, and so
/// is preformatted text that is not marked as code (verse, a table set in spaces).
/// </summary>
internal static partial class CodeBlocks
{
    /// <summary>
    /// Whether <paramref name="pre"/> holds only code (its text is all inside &lt;code&gt;, &lt;kbd&gt; or &lt;samp&gt;) and
    /// that code opens with a shell prompt ("$ ", "% ", "# ", "&gt; ", "PS C:\&gt; ", "user@host:~$ ").
    /// </summary>
    public static bool IsTerminalSession(IElement pre)
    {
        ArgumentNullException.ThrowIfNull(pre);
        if (pre.LocalName != "pre") return false;
        var code = pre.Children.Where(c => c.LocalName is "code" or "kbd" or "samp").ToList();
        if (code.Count == 0) return false;
        var inside = code.Sum(c => c.TextContent.Count(char.IsLetterOrDigit));
        if (inside == 0 || inside < pre.TextContent.Count(char.IsLetterOrDigit)) return false;
        var text = pre.TextContent.TrimStart();
        var firstLine = text[..Math.Min(text.Length, MaxPromptLine)].Split('\n')[0];
        return TimedPatterns.IsMatch(Prompt(), firstLine);
    }

    // Only the first line's opening is judged: the prompt comes first.
    private const int MaxPromptLine = 200;

    [GeneratedRegex(@"^([\w.-]{1,32}@[\w.-]{1,64}(:[^\s$#]{0,60})?\s?[$#%]|PS [A-Z]:\\[^>]{0,60}>|[A-Z]:\\[^>]{0,60}>|[$%#>])\s\S",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Prompt();
}
