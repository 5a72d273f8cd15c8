using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Every number left after the specific passes: "1,500" -> "one thousand five hundred", "3.14" -> "three point
/// one four", "007" and very long runs digit by digit, "5K" -> "five K".
/// </summary>
internal sealed class CardinalPass(INumberWords numbers) : TokenPass
{
    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        var words = DecimalWords.TryRead(numbers, digits) ?? NumberText.DigitByDigit(numbers, digits);
        if (suffix.Length > 0)
        {
            words += " " + (suffix.Length <= 3 && suffix.All(char.IsUpper) ? string.Join(' ', suffix.ToCharArray()) : suffix);
        }
        replacement = Spoken(tokens, index, 1, words);
        return 1;
    }
}
