using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A label that opens the part of a page written for someone other than the listener, once the story has begun: a
/// press release's section for journalists ("Notes to editors", "Media contact", "Pressekontakt", "Contact presse") and
/// the readers' comments ("Comments (2)", "Bình luận (2)", "Yorumlar"). Nothing
/// after such a label is the story, so the collector stops reading the container there. Only a label is judged: a
/// heading, or a short block that is all bold or holds nothing but its text, and only after two paragraphs of story.
/// A company's "About ..." note is not such a label: wire releases keep it as the release's last section.
/// </summary>
internal static partial class ClosingSections
{
    private const int MaxLabelChars = 80;
    private const int MaxLabelWords = 9;

    // A release's summary and first paragraph come before its notes; one paragraph is not yet a story.
    private const int MinStoryParagraphs = 2;

    /// <summary>Whether <paramref name="element"/> is such a label, with <paramref name="blocks"/> the story read so far.</summary>
    public static bool Opens(IElement element, IReadOnlyList<ArticleBlock> blocks)
    {
        if (!IsLabelShaped(element)) return false;
        var text = TextClean.Collapse(element.TextContent);
        if (text.Length is 0 or > MaxLabelChars || TextClean.WordCount(text) > MaxLabelWords || SentenceMarks.EndsWithMark(text)) return false;
        if (!IsClosingLabel(text)) return false;
        var paragraphs = 0;
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Paragraph && ++paragraphs >= MinStoryParagraphs) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="text"/> (one label, whitespace collapsed) names a closing section.</summary>
    public static bool IsClosingLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var label = TextClean.StraightenQuotes(text).Trim().TrimEnd(':', ' ');
        return TimedPatterns.IsMatch(JournalistsLabel(), label) || TimedPatterns.IsMatch(CommentsLabel(), label);
    }

    /// <summary>A heading, or a short block whose text is all its own or all in one bold element (a label set in bold).</summary>
    private static bool IsLabelShaped(IElement element)
    {
        if (element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6") return true;
        if (element.LocalName is not ("p" or "div")) return false;
        if (element.ChildElementCount == 0) return true;
        return element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "strong" or "b" } bold
            && TextClean.Collapse(bold.TextContent) == TextClean.Collapse(element.TextContent);
    }

    // Notes to editors and the press contact, in English, German, French, Spanish, Portuguese, Italian, Dutch, the
    // Nordic languages and Indonesian. ("Editor's note", a note to the reader on the story itself, is not one.)
    [GeneratedRegex(@"^(notes? (to|for) (the )?(editors?|news ?desks?)|(media|press) (contacts?|enquiries|inquiries|office|relations)( contacts?)?|for (media|press) (enquiries|inquiries|information)|pressekontakt|medienkontakt|pressestelle|hinweise? für (die )?redaktion(en)?|redaktionshinweise?|contacts? (presse|médias?)|notes? (aux|à la|pour les) (rédactions?|journalistes)|contactos? (de|para) (prensa|medios)|notas? (para|a) (los )?(editores|redactores|medios)|contatos? (de|para a|para) imprensa|contacto de imprensa|assessoria de imprensa|contatti (per la )?stampa|ufficio stampa|note per i (redattori|giornalisti)|perscontact|noot voor de redactie|presskontakt|kontak media)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex JournalistsLabel();

    // Readers' comments with or without their count: "Comments (2)", "12 Comments", "Reader comments", "Bình luận (2)",
    // "Yorumlar", "Komentarze (3)", "Reacties", "Maoni", "Ý kiến bạn đọc".
    [GeneratedRegex(@"^(\(?\d{1,5}\)?\s)?(readers?'? |reader )?(comments?|komentar|komentarze|komentáře|kommentar|kommentare|kommentarer|commenti|commentaires|comentarios|comentários|comentarii|reacties|yorumlar|yorum|maoni|bình luận|ý kiến bạn đọc|hozzászólások|σχόλια|комментарии|коментарі|تعليقات)(\s\(?\d{1,5}\)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CommentsLabel();
}
