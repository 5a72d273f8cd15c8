using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A dash between two quantities the earlier passes read: "2-5" -> "two to five", "$250-$300", "2023-24" ->
/// "twenty twenty-three to twenty-four", a score "52-48" -> "fifty-two to forty-eight", "2-5lb". Before "=" the
/// dash is a minus ("1-2=5"). Runs after the cardinal pass so both sides are already words. Chains of dashed
/// numbers ("555-123-4567") and the 3-4 digit shape of a phone number are not ranges and are left alone.
/// </summary>
internal sealed class RangePass : TokenPass
{
    public override string Name => "range";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var dash = tokens[index];
        var before = At(tokens, index - 1);
        var after = At(tokens, index + 1);
        // Spacing may be lopsided ("pp. 1 -7"): after a quantity a glued dash is still a range, not a minus sign.
        if (!NumericClasses.IsDash(dash) || !NumericClasses.IsQuantity(before) || !NumericClasses.IsQuantity(after))
        {
            return 0;
        }
        if (NumericClasses.IsDash(At(tokens, index + 2)) || NumericClasses.IsDash(At(tokens, index - 2)))
        {
            return 0;
        }
        if (before!.Class == "cardinal" && after!.Class == "cardinal" && before.Length == 3 && after.Length == 4)
        {
            // "555-1234": a phone number, read by its own pass or digit by digit, never "to".
            return 0;
        }
        var word = At(tokens, index + 2) is { Text: "=" } ? "minus" : "to";
        replacement = Spoken(tokens, index, 1, word);
        return 1;
    }
}
