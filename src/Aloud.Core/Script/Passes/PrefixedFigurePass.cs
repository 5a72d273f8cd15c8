using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Figures written with a letter prefix that names them: an earthquake's magnitude "M5.1" -> "magnitude five point
/// one" (a decimal is required: "M5" is a motorway), and a flight level "FL370" -> "flight level three seven zero"
/// (two or three digits, said one by one as controllers do). The tokenizer keeps such a word whole, so the code and
/// number passes would read the letters as letters.
/// </summary>
internal sealed class PrefixedFigurePass(INumberWords numbers) : TokenPass
{
    public override string Name => "measure";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        var text = word.Text;
        if (text.Length is >= 4 and <= 5 && text[0] == 'M' && IsMagnitude(text[1..]))
        {
            var value = text[1..];
            replacement = Spoken(tokens, index, 1, $"magnitude {numbers.Cardinal(value[0] - '0')} point {NumberText.DigitByDigit(numbers, value[2..])}");
            return 1;
        }
        if (text.Length is >= 3 and <= 5 && text.StartsWith("Mw", StringComparison.Ordinal) && IsMagnitude(text[2..]))
        {
            var value = text[2..];
            replacement = Spoken(tokens, index, 1, $"magnitude {numbers.Cardinal(value[0] - '0')} point {NumberText.DigitByDigit(numbers, value[2..])}");
            return 1;
        }
        if (text.Length is 4 or 5 && text.StartsWith("FL", StringComparison.Ordinal) && NumberText.IsPlain(text[2..]))
        {
            replacement = Spoken(tokens, index, 1, "flight level " + NumberText.DigitByDigit(numbers, text[2..]));
            return 1;
        }
        return 0;
    }

    /// <summary>"5.1", "6.85": one digit, a point, one or two digits (magnitudes run from 1 to 9.5).</summary>
    private static bool IsMagnitude(string value) =>
        value.Length is 3 or 4 && char.IsAsciiDigit(value[0]) && value[0] != '0' && value[1] == '.' && value[2..].All(char.IsAsciiDigit);
}
