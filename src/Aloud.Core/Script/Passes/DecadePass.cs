using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// "1990s" -> "nineteen nineties", "'80s" and "80s" -> "eighties", "2000s" -> "two thousands". The plural
/// written with an apostrophe ("the 80's", "1950's") or, for a four-digit year, split off ("1980 s") is the same
/// decade.
/// </summary>
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
        var start = apostrophe ? index + 1 : index;
        var extra = suffix.Length == 0 ? DetachedPlural(tokens, start + 1, digits.Length) : 0;
        if (extra > 0)
        {
            suffix = "s";
        }
        if (suffix != "s" || !NumberText.IsPlain(digits) || digits.Length is not (2 or 4) || digits[^1] != '0')
        {
            return 0;
        }
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        // "the 00s" is the decade of 2000, not "zeros".
        var spoken = digits == "00" ? Plural(numbers.Year(2000)) : digits.Length == 2 ? Plural(numbers.Cardinal(value)) : Plural(numbers.Year(value));
        var count = (apostrophe ? 2 : 1) + extra;
        replacement = Spoken(tokens, index, count, spoken);
        return count;
    }

    /// <summary>
    /// How many tokens after the digits spell a detached plural "s": "'s" glued on (2), or, after a four-digit
    /// year, a lone "s" (1); 0 when none.
    /// </summary>
    private static int DetachedPlural(IReadOnlyList<Token> tokens, int index, int digitCount)
    {
        var next = At(tokens, index);
        if (next is { Kind: TokenKind.Punctuation, Text: "'" or "\u2019", SpaceBefore: false }
            && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "s", SpaceBefore: false })
        {
            return 2;
        }
        return digitCount == 4 && next is { Kind: TokenKind.Word, Text: "s", SpaceBefore: true } ? 1 : 0;
    }

    /// <summary>"nineteen ninety" -> "nineteen nineties", "two thousand" -> "two thousands".</summary>
    private static string Plural(string words) => words.EndsWith('y') ? words[..^1] + "ies" : words + "s";
}
