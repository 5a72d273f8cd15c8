using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Recognises the short leftovers of photos and galleries that reach the body as plain paragraphs: credit
/// lines ("Photo: Jane Roe, AP"), captions that end in a credit ("Crowds at the pier (Image: Getty)", "... (Staff photo by Jo Bell)"), and
/// the labels of gallery controls ("Caption", "Close", "Enlarge this image"). Only short paragraphs are
/// judged, so a sentence of the story that mentions a photo is never taken for one.
/// </summary>
public static partial class PhotoLines
{
    /// <summary>Paragraphs with more words than this are never photo leftovers.</summary>
    public const int MaxWords = 40;

    // A bare credit line is shorter still: a name and an agency.
    private const int MaxCreditWords = 12;

    /// <summary>Whether <paramref name="text"/> is a photo credit, or a caption that ends with one.</summary>
    public static bool IsPhotoCaption(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextClean.WordCount(text);
        if (words > MaxWords) return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        return (words <= MaxCreditWords && CreditLine().IsMatch(straight)) || TrailingCredit().IsMatch(straight);
    }

    /// <summary>Whether <paramref name="text"/> is only the label of a gallery or photo control.</summary>
    public static bool IsControlLabel(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= 40 && ControlLabel().IsMatch(text.Trim());
    }

    [GeneratedRegex(@"^\(?(photo|photos|photograph|image|images|picture|pic|video|foto|fotos|bild|kuva|zdjęcie|фото|ảnh)( credit)?\s{0,2}:\s{0,2}\S|^(photo|photos|photograph|photographs|photography|pictures?|images?)( and (words|text|video))? by \p{Lu}[\w.'-]*(\s\p{Lu}[\w.'-]*){0,3}(\s?[/,]\s?[\w .'-]{1,30}|\sfor\s[\w .'&-]{1,40})?\W{0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CreditLine();

    // A caption closed by a dashed credit, as Malay and Indonesian papers set it ("... pemindahan. - Foto BPT", "- Gambar Bernama").
    // "(Photo: Jane Roe)" and the same in other languages ("(Foto: ...)", "(Fotoğraf: ...)"), and the Chinese "（记者 林晓岚 摄）" ("photographed by"), full-width brackets or not.
    [GeneratedRegex(@"\((photo|photograph|image|picture|pic|foto|fotoğraf|bild|ảnh|zdjęcie|фото|kuva|imagen|immagine|gambar)\s{0,2}:[^()]{1,60}\)\W{0,2}$|\((\w{1,20}\s){0,3}(photo|photograph|picture)\s{0,2}(by\s|/)[^()]{1,60}\)\W{0,2}$|[（(][^（）()]{1,30}\s?摄[）)]\W{0,2}$|[.!?]\s{1,3}(photo|foto|bild|kuva|zdjęcie|фото|ảnh)\s{0,2}:\s{0,2}[^.!?:]{2,60}$|。\s?(记者\s?)?[^。，,]{1,20}\s摄\W{0,2}$|[.!?]\s{1,3}[-\u2013\u2014]\s{0,2}(photo|foto|gambar|bild|kuva|pic|image)\s{1,2}(by\s)?[^\s.!?:]{2,30}(\s[^\s.!?:]{1,30}){0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^(caption|close|open|expand|collapse|next|previous|prev|enlarge( this)?( image| photo)?|(hide|show|toggle) caption|view (gallery|slideshow)|full ?screen)\W{0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ControlLabel();
}
