using System.Text;
using Aloud.Speech.Phonemes;

namespace Aloud.Speech.Espeak;

/// <summary>
/// A pronunciation in eSpeak NG's phoneme mnemonics for its English voices ("m'A:r@k"), to pass as
/// <c>[[...]]</c> phoneme input. The mnemonics are those of eSpeak's English phoneme table, which en-us and
/// en-gb share; other languages have their own tables, so they read the word's text instead.
/// </summary>
internal static class EspeakPhonemes
{
    private static readonly (string Phone, string Mnemonic)[] Table =
    [
        ("aa", "A:"), ("ae", "a"), ("ao", "O:"), ("aw", "aU"), ("ax", "@"), ("ay", "aI"), ("eh", "E"),
        ("ey", "eI"), ("ih", "I"), ("iy", "i:"), ("ow", "oU"), ("oy", "OI"), ("uh", "U"), ("uw", "u:"),
        ("b", "b"), ("ch", "tS"), ("d", "d"), ("dh", "D"), ("f", "f"), ("g", "g"), ("hh", "h"),
        ("jh", "dZ"), ("k", "k"), ("l", "l"), ("m", "m"), ("n", "n"), ("ng", "N"), ("p", "p"), ("r", "r"),
        ("s", "s"), ("sh", "S"), ("t", "t"), ("th", "T"), ("v", "v"), ("w", "w"), ("y", "j"), ("z", "z"),
        ("zh", "Z"),
    ];

    private static readonly Dictionary<string, string> Mnemonics = Table.ToDictionary(t => t.Phone, t => t.Mnemonic, StringComparer.Ordinal);

    /// <summary>Whether a voice's language reads these mnemonics: English only.</summary>
    public static bool Understands(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase) || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The mnemonics, a stress mark (' or ,) right before each stressed vowel, as eSpeak itself writes them.
    /// "ah" and "er" are two sounds each in eSpeak: stressed V and 3:, unstressed @ and 3.
    /// </summary>
    public static string Of(Pronunciation pronunciation)
    {
        var sb = new StringBuilder();
        foreach (var phone in pronunciation.Phones)
        {
            sb.Append(phone.Stress switch { 1 => "'", 2 => ",", _ => "" });
            sb.Append(phone.Symbol switch
            {
                "ah" => phone.Stress > 0 ? "V" : "@",
                "er" => phone.Stress > 0 ? "3:" : "3",
                var symbol => Mnemonics[symbol],
            });
        }

        return sb.ToString();
    }
}
