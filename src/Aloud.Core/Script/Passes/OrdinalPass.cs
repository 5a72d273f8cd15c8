using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"37th" -> "thirty-seventh", "1st" -> "first", "100th" -> "one hundredth".</summary>
internal sealed class OrdinalPass(INumberWords numbers) : TokenPass
{
    public override string Name => "ordinal";

    public static bool IsOrdinalSuffix(string suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

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
