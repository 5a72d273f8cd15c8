using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The line a fact-checking newsroom sets under every check about itself: its membership of a fact-checkers' network
/// ("... is a signatory to the International Fact-Checking Network's code of principles", "... es signataria del código
/// de principios de la IFCN"), a pointer to its methodology, and the invitation to send in a claim ("See something we
/// should check? Tell us."). None of it is the check.
/// </summary>
public static partial class FactCheckerLines
{
    private const int MaxWords = 60;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is such a line.</summary>
    public static bool IsFooter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 600 || TextClean.WordCount(text) > MaxWords) return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        return TimedPatterns.IsMatch(Network(), straight) || TimedPatterns.IsMatch(Invitation(), straight);
    }

    // Membership of the IFCN or the EFCSN, named in English, Spanish, Portuguese, French, German or Italian.
    [GeneratedRegex(@"\b(signator(y|ies)|signatari[oa]s?|signataire|signat[aá]ri[oa]|unterzeichner\w*|firmatari[oa]|(verified|certified) member)\b.{0,120}\b(fact-?checking (network|standards network)|ifcn|efcsn|code of principles|c[oó]digo de princ[ií]pios?|code de principes)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Network();

    // The invitation and the methodology pointer, as whole short lines: "See something we should check? Tell us.",
    // "Read our methodology.", "Learn more about how we rate claims."
    [GeneratedRegex(@"^(see|seen|spot(ted)?) (something|a claim) (we should|you want us to|to) (check|fact-check)\b.{0,60}$|^(read|see|learn (more )?about) (our|how we) (fact-?checking )?(methodology|rate claims|rating system|choose claims)\b.{0,60}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Invitation();
}
