using System.Globalization;

namespace Aloud.Speech.Phonemes;

/// <summary>
/// Reads IPA as General American phones. Stress marks (ˈ ˌ, or ' and , typed instead) stress the next
/// vowel; length marks, syllable dots, tie bars and other diacritics are read past; diphthongs (eɪ, aɪ,
/// aʊ, ɔɪ, oʊ) and r-coloured vowels (ɚ, ɝ, and ər / ɜr before a consonant) are one phone; r and ɹ, g and ɡ
/// are the same sound. A few sounds English lacks map to the nearest English phone (x k, β b, ɾ d, ɲ n y...);
/// any other symbol is an error naming it, never a silent guess. A word without stress marks gets its
/// first full vowel stressed, as engines need one stressed syllable to sound natural.
/// </summary>
internal static class IpaReader
{
    private const char Syllabic = '\u0329';     // n̩: the consonant is a syllable of its own
    private const char RhoticHook = '\u02DE';   // ə˞: the vowel is r-coloured

    // Phones a symbol stands for, space-separated; a leading '*' marks a reduced vowel (ə), which a default stress skips.
    private static readonly (string Ipa, string Phones)[] Table =
    [
        // Vowels.
        ("i", "iy"), ("ɪ", "ih"), ("e", "ey"), ("ɛ", "eh"), ("æ", "ae"), ("a", "aa"),
        ("ɑ", "aa"), ("ɒ", "aa"), ("ɔ", "ao"), ("o", "ow"), ("ʊ", "uh"), ("u", "uw"),
        ("ʉ", "uw"), ("ʌ", "ah"), ("ə", "*ah"), ("ɐ", "*ah"), ("ɨ", "*ih"), ("ᵻ", "*ih"),
        ("ɜ", "er"), ("ɝ", "er"), ("ɚ", "*er"),
        // Diphthongs, also as they are often typed.
        ("eɪ", "ey"), ("ei", "ey"), ("aɪ", "ay"), ("ai", "ay"), ("ʌɪ", "ay"), ("ɑɪ", "ay"),
        ("aʊ", "aw"), ("au", "aw"), ("ɑʊ", "aw"), ("ɔɪ", "oy"), ("ɔi", "oy"), ("oɪ", "oy"),
        ("oi", "oy"), ("oʊ", "ow"), ("ou", "ow"), ("əʊ", "ow"),
        // r-coloured vowels written as vowel + r (only before a consonant or at the end: see RhoticBeforeVowel).
        ("əɹ", "*er"), ("ɜɹ", "er"), ("ɝɹ", "er"), ("ɚɹ", "*er"),
        // Consonants.
        ("p", "p"), ("b", "b"), ("t", "t"), ("d", "d"), ("k", "k"), ("ɡ", "g"),
        ("f", "f"), ("v", "v"), ("θ", "th"), ("ð", "dh"), ("s", "s"), ("z", "z"),
        ("ʃ", "sh"), ("ʒ", "zh"), ("h", "hh"), ("ɦ", "hh"), ("m", "m"), ("n", "n"),
        ("ŋ", "ng"), ("l", "l"), ("ɫ", "l"), ("ɹ", "r"), ("j", "y"), ("w", "w"),
        ("ʍ", "w"), ("tʃ", "ch"), ("ʧ", "ch"), ("dʒ", "jh"), ("ʤ", "jh"),
        // Not English: the nearest English sounds (the GA flap ɾ is a quick d, as in "water").
        ("ɾ", "d"), ("x", "k"), ("ç", "hh"), ("β", "b"), ("ɣ", "g"), ("ɸ", "f"),
        ("ʁ", "r"), ("ɲ", "n y"), ("ʎ", "l y"), ("ɱ", "m"),
    ];

    private static readonly Dictionary<string, string[]> Symbols = Table.ToDictionary(t => t.Ipa, t => t.Phones.Split(' '), StringComparer.Ordinal);

    private static readonly Dictionary<char, string> Hints = new()
    {
        ['y'] = ": y is the vowel of French \"tu\"; for the first sound of \"yes\" write j",
        ['c'] = ": write k, or tʃ for the first sound of \"church\"",
        ['q'] = ": write k",
        ['3'] = ": write ɜ or ɝ",
        ['@'] = ": write ə",
    };

    /// <summary>One pronunciation per word of <paramref name="text"/>; surrounding /slashes/ or [brackets] are allowed.</summary>
    public static IReadOnlyList<Pronunciation> Read(string text)
    {
        var words = text.Trim().Trim('/', '[', ']').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new PronunciationException("the IPA is empty");
        }

        return words.Select(ReadWord).ToList();
    }

    private static Pronunciation ReadWord(string word)
    {
        var s = Clean(word);
        var phones = new List<Phone>();
        var reduced = new List<bool>();
        var pending = -1;
        var marked = false;
        for (var i = 0; i < s.Length;)
        {
            var c = s[i];
            if (c is 'ˈ' or '\'' or '’' or 'ˌ' or ',')
            {
                if (pending >= 0)
                {
                    throw new PronunciationException($"\"{word}\" has two stress marks in a row");
                }

                pending = c is 'ˌ' or ',' ? 2 : 1;
                marked = true;
                i++;
                continue;
            }

            if (c is '.' or '-')
            {
                i++;
                continue;
            }

            if (c == RhoticHook && phones.Count > 0 && phones[^1].IsVowel)
            {
                phones[^1] = phones[^1] with { Symbol = "er" };
                i++;
                continue;
            }

            var key = i + 1 < s.Length && Symbols.ContainsKey(s.Substring(i, 2)) && !RhoticBeforeVowel(s, i)
                ? s.Substring(i, 2)
                : Symbols.ContainsKey(c.ToString()) ? c.ToString() : throw Unknown(s, i, word);
            i += key.Length;
            var mapped = Symbols[key];
            if (i < s.Length && s[i] == Syllabic)
            {
                // A syllabic consonant is a vowel of its own: n̩ is "ah0 n", ɹ̩ is "er0".
                mapped = mapped is ["r"] ? ["*er"] : ["*ah", .. mapped];
                i++;
            }

            foreach (var m in mapped)
            {
                var symbol = m.TrimStart('*');
                if (Phone.Vowels.Contains(symbol))
                {
                    phones.Add(new Phone(symbol, Math.Max(pending, 0)));
                    pending = -1;
                }
                else
                {
                    phones.Add(new Phone(symbol, -1));
                }

                reduced.Add(m[0] == '*');
            }
        }

        if (pending >= 0)
        {
            throw new PronunciationException($"\"{word}\" has a stress mark with no vowel after it");
        }

        if (phones.Count == 0)
        {
            throw new PronunciationException($"\"{word}\" has no sounds in it");
        }

        if (!marked)
        {
            StressFirstFullVowel(phones, reduced);
        }

        return new Pronunciation(phones);
    }

    /// <summary>ə + r is one r-coloured vowel only when no vowel follows: "ˈpɚsən" but not "əˈɹaʊnd" written "əɹaʊnd".</summary>
    private static bool RhoticBeforeVowel(string s, int i)
    {
        if (s[i + 1] != 'ɹ' || i + 2 >= s.Length)
        {
            return false;
        }

        return Symbols.TryGetValue(s[i + 2].ToString(), out var next) && Phone.Vowels.Contains(next[0].TrimStart('*'));
    }

    private static void StressFirstFullVowel(List<Phone> phones, List<bool> reduced)
    {
        var vowels = Enumerable.Range(0, phones.Count).Where(k => phones[k].IsVowel).ToList();
        if (vowels.Count == 0)
        {
            return;
        }

        var chosen = vowels.FirstOrDefault(k => !reduced[k], vowels[0]);
        phones[chosen] = phones[chosen] with { Stress = 1 };
    }

    /// <summary>
    /// The word with what carries no sound of its own for us removed (length, tie bars, aspiration, other
    /// diacritics, the glottal stop), and r and g folded to the IPA letters ɹ and ɡ.
    /// </summary>
    private static string Clean(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (c is 'ː' or 'ˑ' or ':' or '\u0361' or '\u035C' or '‿' or 'ʰ' or 'ʲ' or 'ʷ' or 'ʔ' or '\u02BC'
                || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c != Syllabic))
            {
                continue;
            }

            chars.Add(c switch { 'r' or 'ɻ' => 'ɹ', 'g' => 'ɡ', _ => c });
        }

        return new string(chars.ToArray());
    }

    private static PronunciationException Unknown(string s, int i, string word)
    {
        var c = s[i];
        var hint = char.IsAsciiLetterUpper(c) ? ": IPA has no capital letters (write ɪ, not I)" : Hints.GetValueOrDefault(c, "");
        return new PronunciationException($"\"{c}\" (U+{(int)c:X4}) in \"{word}\" is not an IPA symbol we can say in US English{hint}");
    }
}
