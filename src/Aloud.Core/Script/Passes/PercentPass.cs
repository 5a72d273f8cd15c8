using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"12%" -> "twelve percent", "2.5%" -> "two point five percent", "11pc" -> "eleven percent".</summary>
internal sealed class PercentPass(INumberWords numbers) : TokenPass
{
    public override string Name => "percent";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Number } glued && NumberText.Split(glued.Text) is (var digits, "pc") && DecimalWords.TryRead(numbers, digits) is { } pc)
        {
            // "11pc", "1.1pc": Pakistani and British copy's glued percent sign.
            replacement = Spoken(tokens, index, 1, pc + " percent");
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } number || At(tokens, index + 1) is not { Text: "%" } percent || percent.SpaceBefore)
        {
            return 0;
        }
        if (At(tokens, index - 1) is { Text: "/", SpaceBefore: false } && At(tokens, index - 2) is { Kind: TokenKind.Number } && !number.SpaceBefore)
        {
            // "1/16%": the denominator of a fraction; the fraction pass reads it and the sign is said after.
            return 0;
        }
        var words = DecimalWords.TryRead(numbers, number.Text);
        if (words is null)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, words + " percent");
        return 2;
    }
}
