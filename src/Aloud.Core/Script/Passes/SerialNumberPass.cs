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
}
