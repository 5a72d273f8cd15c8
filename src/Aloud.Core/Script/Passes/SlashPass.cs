using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A slash joining two words is said: "upgrade/update" -> "upgrade slash update"; silence would run the two
/// words together. A spaced slash ("City / Municipal") separates like a dash and stays silent, and "and/or" stays
/// "and or", as everyone says it. Slashes in links, dates, fractions and rates are read by their own passes first.
/// </summary>
internal sealed class SlashPass : TokenPass
{
    public override string Name => "slash";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var slash = tokens[index];
        if (slash is not { Kind: TokenKind.Punctuation, Text: "/" }
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } before
            || At(tokens, index + 1) is not { Kind: TokenKind.Word } after
            || slash.SpaceBefore || after.SpaceBefore)
        {
            return 0;
        }
        if (before.Text.Equals("and", StringComparison.OrdinalIgnoreCase) && after.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "slash");
        return 1;
    }
}
