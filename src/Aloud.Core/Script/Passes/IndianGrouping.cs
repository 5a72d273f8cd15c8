using System.Globalization;
using System.Text.RegularExpressions;

namespace Aloud.Script.Passes;

/// <summary>
/// A number grouped the Indian way, in twos above the thousands ("1,25,000", "2,45,67,890"), is read in the units its
/// grouping names: lakhs (a hundred thousand) and crores (ten million): "one lakh twenty-five thousand", "two crore
/// forty-five lakh sixty-seven thousand eight hundred ninety". Read as Western digits it would be nonsense, and
/// Indian copy means these units.
/// </summary>
internal static partial class IndianGrouping
{
    private const long Lakh = 100_000;
    private const long Crore = 10_000_000;

    public static string? TryRead(INumberWords numbers, string text)
    {
        if (text.Length > 24 || !Shape().IsMatch(text) || !long.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var parts = new List<string>();
        if (value / Crore is > 0 and var crores)
        {
            parts.Add($"{numbers.Cardinal(crores)} crore");
        }
        if (value % Crore / Lakh is > 0 and var lakhs)
        {
            parts.Add($"{numbers.Cardinal(lakhs)} lakh");
        }
        if (value % Lakh is > 0 and var rest)
        {
            parts.Add(numbers.Cardinal(rest));
        }
        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    // One or two leading digits, one or more groups of two, then the thousands' group of three.
    [GeneratedRegex(@"^[1-9]\d?(,\d\d)+,\d{3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
