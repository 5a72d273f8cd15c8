using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The safe-harbour section a listed company's release closes with: its label ("Forward-Looking Statements", "Safe
/// Harbor Statement", "Cautionary Note Regarding Forward-Looking Statements", "Déclarations prospectives",
/// "Zukunftsgerichtete Aussagen") and its legal paragraphs ("This press release contains forward-looking statements
/// within the meaning of ..."). It is written for securities lawyers, says the same in every release, and no listener
/// needs it. A paragraph is judged by the legal phrases together, so a story that reports a company's forecast stays.
/// </summary>
public static partial class SafeHarbourText
{
    private const int MaxLabelWords = 8;
    private const int MaxParagraphWords = 400;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a safe-harbour label or paragraph.</summary>
    public static bool IsSafeHarbour(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var words = TextClean.WordCount(trimmed);
        if (words <= MaxLabelWords && TimedPatterns.IsMatch(Label(), trimmed)) return true;
        return words <= MaxParagraphWords && TimedPatterns.IsMatch(Statement(), trimmed) && TimedPatterns.IsMatch(LegalHedge(), trimmed);
    }

    [GeneratedRegex(@"^((cautionary|special) (note|statement|language)s? (regarding|concerning|about|on) )?(forward[- ]looking (statements?|information)|safe harbou?r( statement)?|d[ée]clarations? prospectives?|[ée]nonc[ée]s prospectifs|informations prospectives|zukunftsgerichtete aussagen|declaraciones (prospectivas|a futuro)|dichiarazioni previsionali)\W{0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Label();

    // The statement names itself: "forward-looking statements" and the same in French, German, Spanish and Italian.
    [GeneratedRegex(@"\b(forward[- ]looking statements?|d[ée]clarations prospectives|[ée]nonc[ée]s prospectifs|zukunftsgerichtete aussagen|declaraciones (prospectivas|a futuro)|dichiarazioni previsionali)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Statement();

    // And hedges as a lawyer does: the statute, the risks, "speak only as of", "undertakes no obligation".
    [GeneratedRegex(@"\b(within the meaning of|securities litigation reform act|risks and uncertainties|speak only as of|(undertakes|assumes) no (obligation|duty)|differ materially|risques et incertitudes|risiken und unsicherheiten|riesgos e incertidumbres|rischi e incertezze)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex LegalHedge();
}
