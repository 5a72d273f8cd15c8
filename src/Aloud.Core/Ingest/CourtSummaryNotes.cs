using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The notices a court sets on its press summary of a judgment: that the summary "does not form part of the reasons
/// for the decision" and that "the full judgment ... is the only authoritative document", that "references in square
/// brackets are to paragraphs in the judgment", or that it is an "unofficial document for media use". They speak about
/// the summary, not the case; the bracketed references inside the summary's sentences stay with their sentences.
/// </summary>
public static partial class CourtSummaryNotes
{
    private const int MaxWords = 70;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is such a notice.</summary>
    public static bool IsNote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 700 || TextClean.WordCount(text) > MaxWords) return false;
        return TimedPatterns.IsMatch(Notice(), TextClean.StraightenQuotes(text).Trim());
    }

    // In English, French, German and Spanish.
    [GeneratedRegex(@"\b(does not|doesn't|do not|will not) form (any )?part of the (court's |tribunal's )?(reasons|judgm?ents?|decision|ruling)\b|\bthe only authoritative (document|text|version)\b|^references in (square )?brackets are to (the )?(paragraphs?|paras?)\b|\bunofficial document for media use\b|\bne fait pas partie (des motifs|de l'arr[eê]t|du jugement|de la d[ée]cision)\b|\bdocument non officiel (à|a) l'usage des m[ée]dias\b|\bnicht (bestandteil|teil) (der entscheidung|des urteils|der (entscheidungs|urteils)gr[üu]nde)\b|\bno forma parte de (la sentencia|los fundamentos|la resoluci[oó]n)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Notice();
}
