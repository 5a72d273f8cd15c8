using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A minus sign glued to a quantity that does not follow another one: "-2" -> "minus two", "-5°C" -> "minus five
/// degrees Celsius". Runs after <see cref="RangePass"/>, so "2-5" has already become a range.
/// </summary>
internal sealed class NegativePass : TokenPass
{
    public override string Name => "negative";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var sign = tokens[index];
        if (!NumericClasses.IsDash(sign) || At(tokens, index + 1) is not { SpaceBefore: false } number || !NumericClasses.IsQuantity(number)
            || number.Class is "year" or "decade" or "ordinal")
        {
            return 0;
        }
        var before = At(tokens, index - 1);
        // "x -2" or "(-2" or a line that starts with "-2"; never "word-2", which is a name or a code.
        if (before is not null && !sign.SpaceBefore && before.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Spoken)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "minus");
        return 1;
    }
}
