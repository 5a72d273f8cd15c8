using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// A story's keyword list set as one line under it: a label and a colon, then short items split by commas ("Tags:
/// harbour, ferries, council", "Từ khóa: chợ nổi, du lịch cộng đồng", "Schlagwörter: Hafen, Fähre"). Topic links for
/// browsing, not the story; a sentence after such a label has a verb and a stop, and is not a list of short items.
/// </summary>
public static partial class TagLines
{
    private const int MaxWords = 40;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a labelled keyword list.</summary>
    public static bool IsTagLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 400 || TextClean.WordCount(text) > MaxWords) return false;
        return TimedPatterns.IsMatch(Line(), text.Trim());
    }

    // The label in English, Vietnamese, German, Spanish, Portuguese, French, Italian, Polish, Turkish, Dutch, Indonesian,
    // Swahili, Croatian and Norwegian; then one to twenty items of a few words each, with no stop or colon in them.
    [GeneratedRegex(@"^(tags?|topics|keywords?|từ khóa|từ khoá|tag liên quan|schlagw[öo]rter|schlagworte|etiquetas|palabras clave|palavras-chave|étiquettes|mots[- ]cl[ée]s|parole chiave|argomenti|tagi|etiketler|anahtar kelimeler|trefwoorden|kata kunci|lebo|tagovi|oznake|ključne riječi|stikkord|emneord|emner)\s?:\s?[^,;|.!?:]{1,40}(\s?[,;|·]\s?[^,;|.!?:]{1,40}){0,20}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Line();
}
