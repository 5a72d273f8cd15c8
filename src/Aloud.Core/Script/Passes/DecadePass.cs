using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"1990s" -> "nineteen nineties", "'80s" and "80s" -> "eighties", "2000s" -> "two thousands".</summary>
internal sealed class DecadePass(INumberWords numbers) : TokenPass
{
    public override string Name => "decade";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        var apostrophe = token.Kind == TokenKind.Punctuation && token.Text is "'" or "\u2019";
        var number = apostrophe ? At(tokens, index + 1) : token;
        if (number is not { Kind: TokenKind.Number } || (apostrophe && number.SpaceBefore))
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(number.Text);
        if (suffix != "s" || !NumberText.IsPlain(digits) || digits.Length is not (2 or 4) || digits[^1] != '0')
        {
            return 0;
        }
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        var spoken = digits.Length == 2 ? Plural(numbers.Cardinal(value)) : Plural(numbers.Year(value));
        replacement = Spoken(tokens, index, apostrophe ? 2 : 1, spoken);
        return apostrophe ? 2 : 1;
    }

    /// <summary>"nineteen ninety" -> "nineteen nineties", "two thousand" -> "two thousands".</summary>
    private static string Plural(string words) => words.EndsWith('y') ? words[..^1] + "ies" : words + "s";
}
