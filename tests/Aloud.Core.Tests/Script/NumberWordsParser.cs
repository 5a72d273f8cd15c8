namespace Aloud.Tests.Script;

/// <summary>
/// Reads English number words back into a value ("one million two hundred thirty-four" -> 1000234), so
/// property tests can check that what we say is the number that was written. Test-side only.
/// </summary>
internal static class NumberWordsParser
{
    private static readonly Dictionary<string, long> Small = new()
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new()
    {
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
        ["trillion"] = 1_000_000_000_000,
        ["quadrillion"] = 1_000_000_000_000_000,
        ["quintillion"] = 1_000_000_000_000_000_000,
    };

    /// <summary>An integer in words; throws on any word that is not a number word.</summary>
    public static long ParseInteger(string words)
    {
        long total = 0, group = 0;
        var tokens = words.Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var negative = tokens.Length > 0 && tokens[0] == "minus";
        foreach (var token in negative ? tokens[1..] : tokens)
        {
            if (Small.TryGetValue(token, out var small))
            {
                group += small;
            }
            else if (token == "hundred")
            {
                group *= 100;
            }
            else if (Scales.TryGetValue(token, out var scale))
            {
                total += group * scale;
                group = 0;
            }
            else
            {
                throw new FormatException($"'{token}' is not a number word in \"{words}\"");
            }
        }
        return negative ? -(total + group) : total + group;
    }

    /// <summary>"three point one four" -> 3.14 as (integer part, fraction digits).</summary>
    public static (long Whole, string Fraction) ParseDecimal(string words)
    {
        var parts = words.Split(" point ");
        var fraction = parts.Length > 1
            ? string.Concat(parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => (char)('0' + Small[d])))
            : "";
        return (ParseInteger(parts[0]), fraction);
    }
}
