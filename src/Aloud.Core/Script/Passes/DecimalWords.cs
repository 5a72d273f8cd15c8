namespace Aloud.Script.Passes;

/// <summary>Reads "1,234" or "3.14" as words; null for anything else.</summary>
internal static class DecimalWords
{
    public static string? TryRead(INumberWords numbers, string text)
    {
        var parts = text.Split('.');
        if (parts.Length > 2 || !NumberText.TryParseInteger(parts[0], out var whole))
        {
            return null;
        }
        if (parts.Length == 1)
        {
            return parts[0].Length > 1 && parts[0][0] == '0' ? NumberText.DigitByDigit(numbers, parts[0]) : numbers.Cardinal(whole);
        }
        return NumberText.IsPlain(parts[1]) ? $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])}" : null;
    }
}
