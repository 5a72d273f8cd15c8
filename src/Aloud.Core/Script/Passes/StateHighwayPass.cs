using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// New Zealand's state highways as its copy writes them: "a crash on SH1 near Wellsford", "SH 2 is closed" -> "State
/// Highway one". Only "SH" with a highway's number (1 to 99) glued or spaced after it; "SH" alone (hockey's short-handed)
/// is left to the other passes.
/// </summary>
internal sealed class StateHighwayPass(INumberWords numbers) : TokenPass
{
    public override string Name => "road";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        int used;
        string digits;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['S', 'H', .. var glued] } && glued.Length is 1 or 2 && NumberText.IsPlain(glued))
        {
            (used, digits) = (1, glued);
        }
        else if (tokens[index] is { Kind: TokenKind.Word, Text: "SH" } && At(tokens, index + 1) is { Kind: TokenKind.Number, Text.Length: 1 or 2 } number
            && NumberText.IsPlain(number.Text))
        {
            (used, digits) = (2, number.Text);
        }
        else
        {
            return 0;
        }
        if (At(tokens, index + used) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number } || digits[0] == '0')
        {
            return 0;
        }
        replacement = Spoken(tokens, index, used, $"State Highway {numbers.Cardinal(int.Parse(digits, CultureInfo.InvariantCulture))}");
        return used;
    }
}
