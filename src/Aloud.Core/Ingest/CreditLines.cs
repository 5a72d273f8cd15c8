using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Recognises credit lines ("The Associated Press contributed to this report.", "Additional reporting by
/// ..."): part of the story's record, so kept by default as <see cref="BlockKind.Credit"/> blocks.
/// </summary>
public static partial class CreditLines
{
    /// <summary>Whether <paramref name="text"/> (one paragraph) is a credit line.</summary>
    public static bool IsCredit(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextClean.WordCount(text) <= 40 && Pattern().IsMatch(TextClean.StraightenQuotes(text).Trim());
    }

    [GeneratedRegex(@"\bcontributed( reporting)?( to| for)? (this|the) (report|story|article)\W{0,3}$|\bcontributed reporting\W{0,3}$|^(additional |contributing )?(reporting|writing|editing) by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Pattern();
}
