using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"37th" -> "thirty-seventh", "1st" -> "first", "100th" -> "one hundredth".</summary>
internal sealed class OrdinalPass(INumberWords numbers) : TokenPass
{
    public override string Name => "ordinal";

    public static bool IsOrdinalSuffix(string suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the suffix is the one this number takes as an ordinal: "1st", "22nd", "13th", but not "9st" (nine
    /// stone, as British copy writes a weight) or "3th".
    /// </summary>
    public static bool AgreesWith(long value, string suffix)
    {
        var expected = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return suffix.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(tokens[index].Text);
        if (!IsOrdinalSuffix(suffix) || !NumberText.TryParseInteger(digits, out var value))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, numbers.Ordinal(value));
        return 1;
    }
}
