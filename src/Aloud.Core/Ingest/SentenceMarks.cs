namespace Aloud.Ingest;

/// <summary>
/// The marks that end a sentence in the scripts a page may be written in. Rules that tell prose from a label, a deck
/// or a kicker by "does it end with a stop?" must count every script's stop, or a lead in Amharic or Hindi reads as a
/// display line with no stop and is dropped.
/// </summary>
internal static class SentenceMarks
{
    /// <summary>
    /// True for ".", "!", "?" and the sentence-final marks of other scripts: CJK 。！？, Devanagari and Bengali
    /// danda । ॥, Arabic and Urdu ؟ ۔, Ethiopic ። ፧ ፨, Armenian ։ ՜ ՞, Myanmar ။, Khmer ។ ៕, Tibetan ། and Syriac ܀ ܁.
    /// </summary>
    public static bool IsFinal(char c) => c is '.' or '!' or '?'
        or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E' // CJK full stop, full-width ! ? .
        or '\u0964' or '\u0965' // Devanagari danda and double danda (also Bengali, Gurmukhi...)
        or '\u061F' or '\u06D4' // Arabic question mark, Urdu full stop
        or '\u1362' or '\u1367' or '\u1368' // Ethiopic full stop, question mark, paragraph separator
        or '\u0589' or '\u055C' or '\u055E' // Armenian full stop, exclamation, question
        or '\u104B' // Myanmar section mark
        or '\u17D4' or '\u17D5' // Khmer
        or '\u0F0D' // Tibetan shad
        or '\u0700' or '\u0701'; // Syriac

    /// <summary>The text, trimmed of white space and of closing quotes and brackets, ends with a sentence-final mark.</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"'\u201D\u2019\u00BB)\u300D\u300F\uFF09");
        return trimmed.Length > 0 && IsFinal(trimmed[^1]);
    }

    /// <summary>The text's last character (white space aside) is a sentence-final mark; a closing quote does not count.</summary>
    public static bool EndsWithMark(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && IsFinal(trimmed[^1]);
    }
}
