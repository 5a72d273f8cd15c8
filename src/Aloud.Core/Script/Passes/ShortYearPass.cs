using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A year cut to two digits after an apostrophe: "class of '08" -> "class of oh eight", "in '95" -> "in
/// ninety-five". Without this the digits read as a count ("zero eight"). The apostrophe must start the word (a
/// space or nothing before it), so an apostrophe that closes a quotation is never taken for one.
/// </summary>
internal sealed class ShortYearPass(INumberWords numbers) : TokenPass
{
    public override string Name => "year";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var apostrophe = tokens[index];
        if (apostrophe is not { Kind: TokenKind.Punctuation, Text: "'" or "\u2019" }
            || (index > 0 && !apostrophe.SpaceBefore && At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "(" or "[" or "\u2013" or "-" })
            || At(tokens, index + 1) is not { Kind: TokenKind.Number, SpaceBefore: false } number
            || number.Text.Length != 2 || !NumberText.IsPlain(number.Text)
            || At(tokens, index + 2) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number or TokenKind.Punctuation } after && after.Text is not ("," or "." or ";" or ":" or ")" or "]" or "?" or "!"))
        {
            return 0;
        }
        var value = int.Parse(number.Text, CultureInfo.InvariantCulture);
        // "'00" is the year two thousand; "'08" is "oh eight", as years are said.
        var spoken = value == 0 ? numbers.Year(2000) : NumberText.PairTail(numbers, value);
        replacement = Spoken(tokens, index, 2, spoken);
        return 2;
    }
}
