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
        if (LetterPrefixedNumber.Read(tokens, index, "SH", spaced: true) is not { } read)
        {
            return 0;
        }
        var (used, digits) = read;
        replacement = Spoken(tokens, index, used, $"State Highway {numbers.Cardinal(int.Parse(digits, CultureInfo.InvariantCulture))}");
        return used;
    }
}
