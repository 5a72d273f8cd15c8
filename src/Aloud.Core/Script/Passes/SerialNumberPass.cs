using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A reference number of three or more digit groups joined by slashes, one of them five digits or longer
/// ("123/261788/2021"): no date or fraction has that shape. Long groups are read digit by digit, short ones as
/// numbers, with "slash" between them, so no group runs into the next as one big number.
/// </summary>
internal sealed class SerialNumberPass(INumberWords numbers) : TokenPass
{
    private const int MaxGroups = 8;

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (IsGluedCodeGroup(tokens, index))
        {
            replacement = Spoken(tokens, index, 1, NumberText.DigitByDigit(numbers, tokens[index].Text));
            return 1;
        }
        var groups = new List<string>();
        var i = index;
        while (groups.Count < MaxGroups && At(tokens, i) is { Kind: TokenKind.Number } group && NumberText.IsPlain(group.Text)
            && (i == index || !group.SpaceBefore))
        {
            groups.Add(group.Text);
            i++;
            if (At(tokens, i) is not { Text: "/", SpaceBefore: false } || At(tokens, i + 1) is not { Kind: TokenKind.Number, SpaceBefore: false })
            {
                break;
            }
            i++;
        }
        if (groups.Count < 3 || !groups.Any(g => g.Length >= 5) || At(tokens, i) is { Text: "/", SpaceBefore: false })
        {
            return 0;
        }
        var words = groups.Select(g => g.Length >= 5 || g[0] == '0'
            ? NumberText.DigitByDigit(numbers, g)
            : numbers.Cardinal(long.Parse(g, System.Globalization.CultureInfo.InvariantCulture)));
        replacement = Spoken(tokens, index, i - index, string.Join(" slash ", words));
        return i - index;
    }

    /// <summary>
    /// A run of five or more digits inside a code glued together with slashes ("MIG-25/235212-asdg",
    /// "AB/123456"): a part number, read digit by digit rather than as "two hundred thirty-five thousand...".
    /// </summary>
    private static bool IsGluedCodeGroup(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Number || token.Text.Length < 5 || !NumberText.IsPlain(token.Text))
        {
            return false;
        }
        var slashBefore = !token.SpaceBefore && At(tokens, index - 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index - 2) is { Kind: TokenKind.Word or TokenKind.Number };
        var slashAfter = At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false };
        // A code-like word on the slash's far side (capitals or digits: "MIG-25") makes it a code; "10000/year" is a
        // rate, and digit groups alone are left to the reference-number rule.
        return (slashBefore && IsCodeWord(At(tokens, index - 2))) || (slashAfter && IsCodeWord(At(tokens, index + 2)));
    }

    private static bool IsCodeWord(Token? token) =>
        token is { Kind: TokenKind.Word } word && word.Text.Any(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));
}
