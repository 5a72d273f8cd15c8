using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A slash joining two words is said: "upgrade/update" -> "upgrade slash update"; silence would run the two
/// words together. A spaced slash ("City / Municipal") separates like a dash and stays silent, and "and/or" and
/// "over/under" stay "and or" and "over under", as everyone says them; "c/o" is "care of"; "y/y" is "year over year". Slashes in links, dates, fractions and rates are read by
/// their own passes first.
/// </summary>
internal sealed class SlashPass : TokenPass
{
    public override string Name => "slash";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "YoY" or "yoy" or "QoQ" or "MoM" } joined)
        {
            // "YoY", "QoQ": the same change written as one word.
            replacement = Spoken(tokens, index, 1, PeriodOverPeriod(joined.Text[..1], joined.Text[2..])!);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word } period && At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } same
            && At(tokens, index + 3) is not { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false }
            && PeriodOverPeriod(period.Text, same.Text) is { } change)
        {
            replacement = Spoken(tokens, index, 3, change);
            return 3;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "c" or "C" } && At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "o" or "O", SpaceBefore: false }
            && At(tokens, index + 3) is not { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false })
        {
            // "c/o Pettigrew & Sons": "care of", as an address reads it.
            replacement = Spoken(tokens, index, 3, "care of");
            return 3;
        }
        var slash = tokens[index];
        if (slash is not { Kind: TokenKind.Punctuation, Text: "/" }
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } before
            || At(tokens, index + 1) is not { Kind: TokenKind.Word } after
            || slash.SpaceBefore || after.SpaceBefore)
        {
            return 0;
        }
        if (before.Text.Equals("and", StringComparison.OrdinalIgnoreCase) && after.Text.Equals("or", StringComparison.OrdinalIgnoreCase)
            || before.Text.Equals("over", StringComparison.OrdinalIgnoreCase) && after.Text.Equals("under", StringComparison.OrdinalIgnoreCase))
        {
            // "and/or" and a betting line's "over/under" are said as two words, without the slash.
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "slash");
        return 1;
    }

    /// <summary>"y/y", "m/m", "q/q", "w/w" in business copy: a change against the same period before.</summary>
    public static string? PeriodOverPeriod(string before, string after) =>
        !before.Equals(after, StringComparison.OrdinalIgnoreCase) ? null : before.ToLowerInvariant() switch
        {
            "y" => "year over year",
            "q" => "quarter over quarter",
            "m" => "month over month",
            "w" => "week over week",
            "d" => "day over day",
            _ => null,
        };
}
