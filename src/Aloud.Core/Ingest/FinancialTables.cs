using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The financial statement an earnings release sets in its body: a table headed by its unit note ("(in thousands,
/// except per share data)", "(unaudited)", "(en milliers de dollars)", "(in Tausend Euro)") whose rows are figures
/// ("Net sales, $ 214,612, $ 198,194"). It is data for analysts, not the release's story, which states the figures
/// that matter in words. A table of standings or rents has no such note and is still read row by row.
/// </summary>
internal static partial class FinancialTables
{
    // A statement has a few lines at least; two rows could be a caption and a total.
    private const int MinFigureRows = 3;

    // The note sits in the table's head: judging its first characters is enough.
    private const int MaxCharsJudged = 1500;

    public static bool IsStatement(IElement table)
    {
        if (table.LocalName != "table") return false;
        var text = TextClean.Collapse(table.TextContent);
        if (text.Length > MaxCharsJudged) text = text[..MaxCharsJudged];
        if (!TimedPatterns.IsMatch(UnitNote(), text)) return false;
        return table.QuerySelectorAll("tr").Count(row => row.TextContent.Count(char.IsDigit) >= 2) >= MinFigureRows;
    }

    [GeneratedRegex(@"\(\s?((u\.s\.\s|us\s)?(dollars|amounts|figures|\$|€|£)\s)?(in|en)\s(thousands|millions|billions|milliers|millions de|tausend|millionen|miles|millones|migliaia|milioni)\b|\bexcept (for )?(per[- ]share|share and per[- ]share)\b|\(unaudited\)|\(non audit[ée]s?\)|\(ungepr[üu]ft\)|\(no auditad[oa]s?\)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex UnitNote();
}
