using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Elapsed times written with unit letters, as standings and results print them: "58h 12m 40s" -> "fifty-eight hours
/// twelve minutes forty seconds", "4m 32s" -> "four minutes thirty-two seconds", and a gap of seconds alone, "at 41s"
/// -> "forty-one seconds". Beside an "h" or an "s" a glued "m" is minutes, not meters; and a glued "s" on a number that
/// is not a round ten cannot be a decade ("the 1990s", "in her 40s").
/// </summary>
internal static class ElapsedTime
{
    /// <summary>The spoken time from token <paramref name="index"/> and how many tokens it used; null when it is not one.</summary>
    public static (string Words, int Count)? Read(INumberWords numbers, IReadOnlyList<Token> tokens, int index)
    {
        var parts = new List<(long Value, char Unit)>();
        var k = index;
        while (parts.Count < 3 && TokenPass.At(tokens, k) is { Kind: TokenKind.Number } token && (k == index || token.SpaceBefore)
            && NumberText.Split(token.Text) is (var digits, [var unit]) && unit is 'h' or 'm' or 's' && NumberText.IsPlain(digits) && digits.Length <= 3
            && (parts.Count == 0 || Order(unit) > Order(parts[^1].Unit)))
        {
            parts.Add((long.Parse(digits, CultureInfo.InvariantCulture), unit));
            k++;
        }
        var valid = parts.Count >= 2 && parts.Skip(1).All(p => p.Value < 60)
            || parts is [( >= 1 and < 60 and var seconds, 's')] && seconds % 10 != 0
                && (TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word } before && GapWords.Contains(before.Text) || TokenPass.At(tokens, index - 1) is { Text: "+" });
        if (!valid)
        {
            return null;
        }
        var words = parts.Select(p => $"{numbers.Cardinal(p.Value)} {Name(p.Unit, p.Value == 1)}");
        return (string.Join(' ', words), parts.Count);
    }

    /// <summary>Words before a gap of seconds alone: "at 41s", "by 3s", "within 12s"; a bare "4s" may be a code.</summary>
    private static readonly HashSet<string> GapWords = new(StringComparer.OrdinalIgnoreCase) { "at", "by", "in", "within", "after", "of", "trailing", "behind" };

    private static int Order(char unit) => unit switch { 'h' => 0, 'm' => 1, _ => 2 };

    private static string Name(char unit, bool one) => unit switch
    {
        'h' => one ? "hour" : "hours",
        'm' => one ? "minute" : "minutes",
        _ => one ? "second" : "seconds",
    };
}
