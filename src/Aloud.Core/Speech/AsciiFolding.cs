using System.Text;

namespace Aloud.Speech;

/// <summary>
/// Folds text to plain ASCII for engines that are byte-oriented (Flite turns every non-ASCII byte into a junk
/// word), and builds the lowercase letter keys the timing aligner compares. We cannot lean on
/// <see cref="string.Normalize()"/>: with InvariantGlobalization it is a no-op, so a small table covers the
/// Latin letters that survive upstream normalisation (names, loanwords).
/// </summary>
internal static class AsciiFolding
{
    // Pairs of (characters, replacement); each character maps to the same replacement.
    private static readonly (string Chars, string Ascii)[] Table =
    [
        ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎĐÐ", "D"), ("ďđð", "d"),
        ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
        ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
        ("ĹĻĽĿŁ", "L"), ("ĺļľŀł", "l"), ("ÑŃŅŇ", "N"), ("ñńņňŉ", "n"), ("ÒÓÔÕÖØŌŎŐ", "O"), ("òóôõöøōŏő", "o"),
        ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠȘ", "S"), ("śŝşšș", "s"), ("ŢŤŦȚ", "T"), ("ţťŧț", "t"),
        ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŸŶ", "Y"), ("ýÿŷ", "y"),
        ("ŹŻŽ", "Z"), ("źżž", "z"), ("Æ", "AE"), ("æ", "ae"), ("Œ", "OE"), ("œ", "oe"), ("ß", "ss"),
        ("Þ", "Th"), ("þ", "th"), ("‘’‚‛′ʼ", "'"), ("‐‑‒–—―", "-"), ("\u00A0\u2007\u202F", " "),
    ];

    private static readonly Dictionary<char, string> Map = BuildMap();

    /// <summary>Returns <paramref name="text"/> with every non-ASCII character folded or dropped.</summary>
    public static string ToAscii(string text)
    {
        if (IsAscii(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128)
            {
                sb.Append(c);
            }
            else if (Map.TryGetValue(c, out var ascii))
            {
                sb.Append(ascii);
            }
            // Anything else (symbols, other scripts) is dropped: Flite could only say junk for it.
        }

        return sb.ToString();
    }

    /// <summary>The lowercase ASCII letters and digits of <paramref name="text"/>, after folding.</summary>
    public static string LetterKey(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in ToAscii(text))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    private static Dictionary<char, string> BuildMap()
    {
        var map = new Dictionary<char, string>();
        foreach (var (chars, ascii) in Table)
        {
            foreach (var c in chars)
            {
                map[c] = ascii;
            }
        }

        return map;
    }
}
