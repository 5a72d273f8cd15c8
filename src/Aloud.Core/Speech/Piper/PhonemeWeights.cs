using System.Globalization;

namespace Aloud.Speech.Piper;

/// <summary>
/// How long a phoneme is expected to last relative to a plain consonant, for timing words when the model does
/// not say: vowels a little longer, marks that are not sounds of their own (stress, length, diacritics) and the
/// space between words short, Piper's pads nothing. Rough on purpose: the pauses heard correct it further.
/// </summary>
internal static class PhonemeWeights
{
    private const string Vowels = "aeiouyæɐɑɒɔəɘɚɛɜɝɞɤɨɪɯɵɶʉʊʌʏøœᵻ";

    public static double Of(string phoneme)
    {
        if (phoneme.Length == 0)
        {
            return 0;
        }

        var c = phoneme[0];
        return c switch
        {
            ' ' => 0.3,
            ',' or ';' or ':' or '.' or '?' or '!' => 1.0,
            'ˈ' or 'ˌ' => 0.2,
            'ː' or 'ˑ' => 0.5,
            _ when Vowels.Contains(c, StringComparison.Ordinal) => 1.3,
            _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierLetter ? 0.2 : 1.0,
        };
    }
}
