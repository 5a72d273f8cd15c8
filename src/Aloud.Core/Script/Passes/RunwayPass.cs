using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A runway's designator after the word "runway": "Runway 27L" -> "two seven left", "runway 09" -> "zero nine". It
/// is the compass heading in tens of degrees (01 to 36), said digit by digit as a controller says it, with L, R or C
/// for the left, right or centre strip of parallel runways; never liters or a count.
/// </summary>
internal sealed class RunwayPass(INumberWords numbers) : TokenPass
{
    public override string Name => "runway";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, SpaceBefore: true } number
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } word
            || !(word.Text.Equals("runway", StringComparison.OrdinalIgnoreCase) || word.Text.Equals("runways", StringComparison.OrdinalIgnoreCase)
                || word.Text.Equals("rwy", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(number.Text);
        var side = suffix switch
        {
            "" => "",
            "L" => " left",
            "R" => " right",
            "C" => " center",
            _ => null,
        };
        if (side is null || digits.Length is < 1 or > 2 || !NumberText.IsPlain(digits)
            || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 36)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, NumberText.DigitByDigit(numbers, digits) + side);
        return 1;
    }
}
