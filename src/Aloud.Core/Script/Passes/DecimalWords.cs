namespace Aloud.Script.Passes;

/// <summary>
/// Reads "1,234" or "3.14" as words; null for anything else. A run of more than 12 digits with no commas is an
/// identifier (a card, an account, a microchip), left to be read digit by digit, unless it is a round figure
/// ("1000000000000000" -> "one quadrillion"); with thousands commas it is a quantity, read up to the quintillions.
/// </summary>
internal static class DecimalWords
{
    /// <summary>
    /// The longest bare digit run read as a quantity ("999 billion..."): writers put commas in a count in the trillions
    /// or write "trillion", so thirteen digits or more without them are a code.
    /// </summary>
    private const int MaxBareDigits = 12;

    public static string? TryRead(INumberWords numbers, string text)
    {
        if (IndianGrouping.TryRead(numbers, text) is { } indian)
        {
            return indian;
        }
        var parts = text.Split('.');
        if (parts.Length == 1 && Quintillions(numbers, parts[0]) is { } huge)
        {
            return huge;
        }
        if (parts.Length > 2 || (NumberText.IsPlain(parts[0]) && parts[0].Length > MaxBareDigits && !IsRound(parts[0]))
            || !NumberText.TryParseInteger(parts[0], out var whole))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            return parts[0].Length > 1 && parts[0][0] == '0' ? NumberText.DigitByDigit(numbers, parts[0]) : numbers.Cardinal(whole);
        }
        return NumberText.IsPlain(parts[1]) ? $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])}" : null;
    }

    /// <summary>At most three significant digits then zeros: a round figure, not an identifier.</summary>
    private static bool IsRound(string digits) => digits.TrimEnd('0').Length <= 3;

    /// <summary>"124,444,234,854,823,834,553" -> "one hundred twenty-four quintillion four hundred..."; null unless 19 to 21 digits well grouped.</summary>
    private static string? Quintillions(INumberWords numbers, string digits)
    {
        var groups = digits.Split(',');
        if (groups.Length != 7 || groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3)
            || !groups.All(NumberText.IsPlain) || groups[0][0] == '0')
        {
            return null;
        }
        var top = long.Parse(groups[0], System.Globalization.CultureInfo.InvariantCulture);
        var rest = long.Parse(string.Concat(groups.Skip(1)), System.Globalization.CultureInfo.InvariantCulture);
        return rest == 0 ? $"{numbers.Cardinal(top)} quintillion" : $"{numbers.Cardinal(top)} quintillion {numbers.Cardinal(rest)}";
    }
}
