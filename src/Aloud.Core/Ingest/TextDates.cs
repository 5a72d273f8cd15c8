using System.Globalization;
using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>Finds a calendar date written in a line of text ("2025-05-23", "May 23, 2025").</summary>
internal static partial class TextDates
{
    private static readonly string[] MonthFormats = ["MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy"];

    /// <summary>
    /// The first date in <paramref name="text"/>: an ISO date or timestamp as written (offset zero when it has
    /// none), or a written-out date at midnight, offset zero; null when there is none.
    /// </summary>
    public static DateTimeOffset? Find(string text)
    {
        var iso = IsoDate().Match(text);
        if (iso.Success && ArticleMetadataReader.ParseDate(iso.Value) is { } stamp)
            return stamp;
        var named = NamedDate().Match(text);
        if (named.Success && DateTime.TryParseExact(TextClean.Collapse(named.Value), MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new DateTimeOffset(day, TimeSpan.Zero);
        return null;
    }

    /// <summary>Whether a short line is only a date, maybe with a time and a "Published"/"Updated" label.</summary>
    public static bool IsDateLine(string text)
    {
        if (TextClean.WordCount(text) > 12) return false;
        var match = IsoDate().Match(text);
        if (!match.Success) match = NamedDate().Match(text);
        if (!match.Success) match = OtherLanguageDate().Match(text);
        if (!match.Success) return false;
        // What is left besides the date must be labels and clock words, not a sentence.
        var rest = (text[..match.Index] + " " + text[(match.Index + match.Length)..]).Split(
            [' ', ',', '|', '\u00b7', '-', '\u2013', '\u2014', ':'], StringSplitOptions.RemoveEmptyEntries);
        return rest.All(w => DateLineWord().IsMatch(w));
    }

    // The labels and clock words in English, French, Spanish, Italian, Portuguese, German, Swedish and Malay ("Publié le
    // ... à 17 h 05 | Mis à jour à 18 h 20", "Publicerad ... kl 06.00", "... @ 10:25am").
    [GeneratedRegex(@"^(published|updated|posted|last|modified|date|on|at|and|@|h|publi[ée]e?|mis|jour|le|à|publicado|actualizado|atualizado|el|a|las|em|às|pubblicato|aggiornato|il|alle|ore|veröffentlicht|aktualisiert|am|um|uhr|publicerad|uppdaterad|kl|diterbitkan|dikemas ?kini|pada|[0-9]{1,2}[.h][0-9]{2}|[0-9]{1,2}(:[0-9]{2}){0,2}|[ap]\.?m\.?|[0-9]{1,2}[ap]m|[a-z]{1,4}t|utc|gmt|mon|tue|wed|thu|fri|sat|sun|[a-z]{3,6}day)[.,]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DateLineWord();

    /// <summary>Whether <paramref name="text"/> names a day, month and year in English, ISO form, or one of the other languages a date line is read in.</summary>
    public static bool HasWrittenDate(string text) => Find(text) is not null || OtherLanguageDate().IsMatch(text);

    // A day, a month named in Italian, French, Spanish, Portuguese, German, Swedish, Malay or Indonesian, and a year: "3 dicembre 2026", "3 de
    // diciembre de 2026", "3. Dezember 2026", "1er mars 2026". Only a date line uses it; Find reads English and ISO dates.
    [GeneratedRegex(@"\b\d{1,2}(\.|er|º)?\s{1,3}(de\s{1,3})?(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|d[ée]cembre|januari|februari|mac|maret|april|mei|jun|julai|ogos|agustus|agusztus|september|oktober|november|disember|desember|maj|augusti|december|enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|dezembro|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember)\s{1,3}(de\s{1,3})?\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex OtherLanguageDate();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+\-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,3}\d{1,2},\s{0,3}\d{4}|\d{1,2}\s{1,3}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\s{1,3}\d{4})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NamedDate();
}
