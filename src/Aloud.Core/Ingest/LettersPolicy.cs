using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The rules a paper prints under its letters to the editor: "Letters must be signed and include a daytime phone
/// number ... Send letters to letters@...", "Leserbriefe werden gekürzt", "Las cartas deben ir firmadas". They tell a
/// writer how to send a letter; the letters are the story. A line counts when it opens by stating a rule for letters,
/// or asks for letters at an e-mail address.
/// </summary>
public static partial class LettersPolicy
{
    private const int MaxWords = 90;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a paper's letters policy.</summary>
    public static bool IsPolicy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 900 || TextClean.WordCount(text) > MaxWords) return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        return TimedPatterns.IsMatch(Rule(), straight) || TimedPatterns.IsMatch(SendTo(), straight);
    }

    // "Letters must be signed", "All letters to the editor should be ...", "Letters are edited for length", and the same
    // rule in German, Spanish, French, Italian and Dutch.
    [GeneratedRegex(@"^\W{0,3}(all |las |les |le )?(letters( to the editor)?|leserbriefe|cartas( al director| de (los )?lectores)?|lettres( des lecteurs)?|lettere|(ingezonden )?brieven)\s(must|should|may be|are|will be|müssen|werden|deben|doivent|sont|devono|vengono|moeten|worden)\s(be\s)?(signed|edited|limited|no longer|kept|typed|published|accompanied|gekürzt|unterzeichnet|firmadas|editadas|sign[ée]es|firmate|ondertekend|ingekort)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Rule();

    // A request for letters at an address: "Send letters to letters@...", "E-mail your letter to the editor at ...".
    [GeneratedRegex(@"\b(send|submit|e-?mail|mail)\s(your\s)?(letters?|a letter)(\sto the editor)?\s(to|at)\s[\w.+-]+@[\w-]+\.",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SendTo();
}
