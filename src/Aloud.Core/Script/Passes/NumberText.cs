using System.Globalization;

namespace Aloud.Script.Passes;

/// <summary>Parsing of number tokens as written in English news ("1,000", "1.5", "37th", "1990s").</summary>
internal static class NumberText
{
    /// <summary>Splits "1,234.5th" into its digits part and its letter suffix.</summary>
    public static (string Digits, string Suffix) Split(string token)
    {
        var end = token.Length;
        while (end > 0 && char.IsLetter(token[end - 1]))
        {
            end--;
        }
        return (token[..end], token[end..]);
    }

    /// <summary>A plain integer with optional, well-placed thousands commas, up to 18 digits (a long holds 19).</summary>
    public static bool TryParseInteger(string digits, out long value)
    {
        value = 0;
        if (digits.Length == 0 || digits.Contains('.') || digits.Replace(",", "").Length > 18)
        {
            return false;
        }
        if (digits.Contains(',') && !HasWellPlacedCommas(digits))
        {
            return false;
        }
        return long.TryParse(digits.Replace(",", ""), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Longer digit runs are not read out digit by digit: nobody can follow them.</summary>
    public const int MaxDigitsReadOut = 40;

    /// <summary>
    /// Digits read one by one ("zero zero seven"), or, for an absurdly long run, what it is: "a five thousand
    /// digit number".
    /// </summary>
    public static string DigitByDigit(INumberWords numbers, string digits)
    {
        var count = digits.Count(char.IsAsciiDigit);
        return count > MaxDigitsReadOut ? $"a {numbers.Cardinal(count)} digit number" : numbers.Digits(digits);
    }

    /// <summary>The last two digits of a number said in pairs: 5 -> "oh five", 30 -> "thirty".</summary>
    public static string PairTail(INumberWords numbers, int value) => value < 10 ? "oh " + numbers.Cardinal(value) : numbers.Cardinal(value);

    /// <summary>
    /// Three or four plain digits said in pairs, as model numbers, bills and rooms are said: "230" -> "two thirty",
    /// "2417" -> "twenty-four seventeen", "101" -> "one oh one", "700" -> "seven hundred".
    /// </summary>
    public static string Pairs(INumberWords numbers, string digits)
    {
        var head = int.Parse(digits[..^2], CultureInfo.InvariantCulture);
        var tail = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        return $"{numbers.Cardinal(head)} {(tail == 0 ? "hundred" : PairTail(numbers, tail))}";
    }

    /// <summary>Whether digits are a plain run with no separators (a year, a code).</summary>
    public static bool IsPlain(string digits) => digits.Length > 0 && digits.All(char.IsAsciiDigit);

    private static bool HasWellPlacedCommas(string digits)
    {
        var groups = digits.Split(',');
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
    }
}
