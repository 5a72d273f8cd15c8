using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Short lines of page metadata that reach a body from a post header, a player or a footer and that no listener
/// needs: a clock time or a date alone ("5:00 AM ET", "Jun 2", "08.09.2026 - 13:40"), an update stamp in several
/// languages ("Updated 9:42 am", "Güncelleme: 08.09.2026 - 13:40", "Atualizado em 20/08/2026"), a posting line ("Posted
/// by the webmaster on 4 December 2026"), a read or listen time
/// ("3 min read", "4-Minute Listen"), view and like counters ("214 views 0 comments") and a blog's notes ("ana liked
/// this", "bo reblogged this from ana"). Each pattern covers the whole line, so a sentence that mentions a time stays.
/// The patterns are generated at build time (bounded, on lines of a few words, with a timeout): judged for every block,
/// they must cost nothing to start.
/// </summary>
public static partial class MetadataLines
{
    private const int MaxWords = 10;

    // A reblog may quote what the reblogger added, which is a reader's comment however long.
    private const int MaxNoteWords = 60;
    private const int MaxNoteChars = 600;
    private const int MaxChars = 120;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is only page metadata.</summary>
    public static bool IsMetadataLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        // Lines of a few words: a block longer than this (one endless "word", say) is never judged, so no pattern runs long.
        if (trimmed.Length > MaxNoteChars) return false;
        var words = TextClean.WordCount(trimmed);
        if (words <= MaxNoteWords && TimedPatterns.IsMatch(BlogNote(), trimmed)) return true;
        if (words <= MaxStampWords && TimedPatterns.IsMatch(BylineStamp(), trimmed)) return true;
        if (words <= MaxStampWords && trimmed.Length <= MaxStampChars && IsLabelledStamp(trimmed)) return true;
        if (words > MaxWords || trimmed.Length > MaxChars) return false;
        if (TimedPatterns.IsMatch(ClockOrDate(), trimmed) || TimedPatterns.IsMatch(ReadTime(), trimmed) || TimedPatterns.IsMatch(Counters(), trimmed)) return true;
        return IsPostedLine(trimmed) || IsStampRow(trimmed);
    }

    // The separators a post header sets between its stamps: "03/08/2026 10h40 · Atualizado há 2 horas".
    private static readonly string[] StampSeparators = [" · ", " | ", " • "];

    /// <summary>
    /// A header's stamps in one row, each part a date, a time, a reading time or an update stamp, relative ("Atualizado
    /// há 2 horas", "Updated 3 hours ago") or not. One part that is anything else (a byline, a sentence) keeps the row.
    /// </summary>
    private static bool IsStampRow(string text)
    {
        var parts = text.Split(StampSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return false;
        return parts.All(p => TimedPatterns.IsMatch(ClockOrDate(), p) || TimedPatterns.IsMatch(ReadTime(), p)
            || TimedPatterns.IsMatch(RelativeStamp(), p) || IsLabelledStamp(p) || TextDates.IsDateLine(p));
    }

    // An update stamp that counts back from now, with its label or its "ago" word: "Atualizado há 2 horas", "Updated 3
    // hours ago", "Actualizado hace 5 minutos", "Aktualisiert vor 2 Stunden", "il y a 3 heures", "2 timer siden", "2 ore fa".
    [GeneratedRegex(@"^((last\s)?updated|atualizado|actualizado|aktualisiert|mis à jour|oppdatert|opdateret|uppdaterad|ažurirano|aggiornato|bijgewerkt)?\s{0,2}:?\s{0,2}(há|hace|vor|il y a)?\s{0,2}\d{1,3}\s{0,2}(min|mins|minutes?|minutos?|minuten|minutter|minuti|hours?|hrs?|horas?|stunden?|heures?|timer|timmar|sati|ore|uur|days?|dias?|días?|tagen?|jours?|dager|dagen)(\s{1,2}(ago|atrás|fa|siden|sedan|geleden))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex RelativeStamp();

    private const int MaxStampChars = 160;

    /// <summary>
    /// "Updated 9:42 am", "Publié le 4 décembre 2026 à 17 h 05 | Mis à jour à 18 h 20": a publishing or update label and
    /// then only a date or a time. French sets a time in three words ("17 h 05"), so they are joined before counting.
    /// </summary>
    private static bool IsLabelledStamp(string text)
    {
        var stamp = TimedPatterns.Match(UpdateLabel(), text);
        if (!stamp.Success) return false;
        var rest = SpacedClock().Replace(text[stamp.Length..].Trim(), "$1h$2");
        return rest.Length > 0 && (TimedPatterns.IsMatch(ClockOrDate(), rest) || TextDates.IsDateLine(rest));
    }

    [GeneratedRegex(@"\b(\d{1,2})\s?h\s?(\d{2})\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SpacedClock();

    /// <summary>"Posted by the webmaster on 4 December 2026": who posted it and when, nothing else.</summary>
    private static bool IsPostedLine(string text)
    {
        if (!TimedPatterns.IsMatch(PostedBy(), text)) return false;
        var on = text.LastIndexOf(" on ", StringComparison.OrdinalIgnoreCase);
        if (on < 0) return false;
        var rest = text[(on + 4)..].Trim();
        return TimedPatterns.IsMatch(ClockOrDate(), rest) || TextDates.IsDateLine(rest);
    }

    private const int MaxStampWords = 20;

    // A byline run into its date and reading time, the three spans of a header joined without spaces: "By Brianna
    // SotoNov 16, 2026 10:02 AM ET2 min read", "Autor: Mart Kivi18.11.2026 09:122 min". A byline label, a year, and a
    // reading time closing the line; no story sentence ends on "2 min read".
    [GeneratedRegex(@"^(by|autor|auteur|autore|autora|par|von|di|por|av|af|door|przez|yazar)\s?:?\s.{2,80}?(19|20)\d{2}.{0,40}?\d{1,3}\s?(min|mins|minutes?|minuten|minutos|minuti)\.?(\s(read|lesen|lectura|lecture|lettura|leitura|de lectura|de lecture))?\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BylineStamp();

    [GeneratedRegex(@"^(posted|published|submitted|written) by\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex PostedBy();

    // A clock time ("5:00 AM ET", "13:40"), a day and month without a year ("Jun 2", "2 June"), a numeric date with an
    // optional time ("08.09.2026 - 13:40", "20/08/2026 10h42"), the year closed by a stop and the time by the word for
    // "at" as Croatian, German, Nordic, Polish, Italian, French and Spanish sites set it ("09.07.2026. u 11:20").
    [GeneratedRegex(@"^(\d{1,2}[:.h]\d{2}(\s{0,2}[ap]\.?m\.?)?(\s{1,2}[a-z]{2,4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}|\d{1,2}\.?\s{1,2}(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\.?(\s{0,2}([-\u2013,|·]|u|um|kl\.?|klo|o|godz\.?|alle|\u00e0s?|a las)?\s{0,2}\d{1,2}[:h]\d{2}(\s{0,2}[ap]\.?m\.?)?)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ClockOrDate();

    // "Updated", "Last updated", and the same label in Turkish, Portuguese, Spanish, French, German, Polish, Vietnamese,
    // Hebrew; and "Published" with its French, Spanish, Portuguese, Italian, German and Swedish forms ("Publié le ...").
    [GeneratedRegex(@"^(live\s{0,2}[·|•\-\u2013]?\s{0,2})?((last\s)?updated( on| at)?|published( on| at)?|publi\u00e9e?( le)?|publicado( el| em)?|pubblicato( il)?|ver\u00f6ffentlicht( am)?|publicerad|g\u00fcncelleme|g\u00fcncellenme|son g\u00fcncelleme|atualizado( em| \u00e0s)?|actualizado( el| a las)?|mis \u00e0 jour( le)?|aktualisiert( am)?|aktualizacja|zaktualizowano|c\u1eadp nh\u1eadt|\u05e2\u05d5\u05d3\u05db\u05df)\s{0,2}[:\-\u2013]?\s{0,2}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex UpdateLabel();

    // "3 min read", "6 minute read", "4-Minute Listen", "3 min czytania", "Leitura de 3 min", "Lesezeit: 4 Minuten".
    [GeneratedRegex(@"^(\d{1,3}[\s-]{1,2}(min|mins|minute|minutes)\.?\s{1,2}(read|listen|czytania|lectura|de leitura|de lecture|okuma)|(leitura|lectura|lecture|lesezeit|czas czytania|okuma s\u00fcresi)\s{0,2}(de\s)?:?\s{0,2}\d{1,3}\s{0,2}(min|mins|minuten|minutos|minutes|minut|dakika)\.?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReadTime();

    // One to four counters run together, as a post footer shows them: "214 views0 comments", "12 likes", "1.2K shares".
    [GeneratedRegex(@"^(\d[\d.,]{0,8}[km]?\s{0,2}(views?|likes?|comments?|shares?|reactions?|notes?|reads?)\s{0,2}[·|,]?\s{0,2}){1,4}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Counters();

    // A blog's notes under a post: "ana liked this", "bo reblogged this from ana and added: ...".
    [GeneratedRegex(@"^[\w.-]{1,40}\s(liked this|reblogged this from\s[\w.-]{1,40}(\sand added:.*)?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex BlogNote();
}
