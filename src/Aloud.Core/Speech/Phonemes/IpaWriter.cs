using System.Text;

namespace Aloud.Speech.Phonemes;

/// <summary>
/// Writes a <see cref="Pronunciation"/> as IPA the way eSpeak NG writes General American ("tˈɛst"): the
/// symbols neural voices trained on eSpeak's phonemes know, a stress mark right before each stressed vowel,
/// long vowels with ː. So a lexicon's IPA reaches a neural voice in the notation its id map was built from.
/// </summary>
public static class IpaWriter
{
    private static readonly (string Phone, string Ipa)[] Table =
    [
        ("aa", "ɑː"), ("ae", "æ"), ("ao", "ɔː"), ("aw", "aʊ"), ("ax", "ə"), ("ay", "aɪ"), ("eh", "ɛ"),
        ("ey", "eɪ"), ("ih", "ɪ"), ("iy", "iː"), ("ow", "oʊ"), ("oy", "ɔɪ"), ("uh", "ʊ"), ("uw", "uː"),
        ("b", "b"), ("ch", "tʃ"), ("d", "d"), ("dh", "ð"), ("f", "f"), ("g", "ɡ"), ("hh", "h"),
        ("jh", "dʒ"), ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"), ("ng", "ŋ"), ("p", "p"), ("r", "ɹ"),
        ("s", "s"), ("sh", "ʃ"), ("t", "t"), ("th", "θ"), ("v", "v"), ("w", "w"), ("y", "j"), ("z", "z"),
        ("zh", "ʒ"),
    ];

    private static readonly Dictionary<string, string> Symbols = Table.ToDictionary(t => t.Phone, t => t.Ipa, StringComparer.Ordinal);

    /// <summary>The IPA of one word, without spaces.</summary>
    public static string Of(Pronunciation pronunciation)
    {
        ArgumentNullException.ThrowIfNull(pronunciation);
        var sb = new StringBuilder();
        foreach (var phone in pronunciation.Phones)
        {
            sb.Append(phone.Stress switch { 1 => "ˈ", 2 => "ˌ", _ => "" });
            sb.Append(phone.Symbol switch
            {
                // One phone, two sounds by stress, as eSpeak writes them: "but" bˈʌt, "about" əbˈaʊt; "bird" bˈɜːd, "butter" bˈʌɾɚ.
                "ah" => phone.Stress > 0 ? "ʌ" : "ə",
                "er" => phone.Stress > 0 ? "ɜː" : "ɚ",
                var symbol => Symbols[symbol],
            });
        }

        return sb.ToString();
    }
}
