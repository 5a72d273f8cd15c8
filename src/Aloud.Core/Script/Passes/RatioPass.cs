using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A map scale or a lopsided ratio: "1:250,000" -> "one to two hundred fifty thousand", "3:1" -> "three to one".
/// Only a one against a number that cannot be minutes counts (one side is 1, the other 100 or more, or 2 to 99
/// before a 1), or any pair after "ratio", "odds" or "aspect" ("a ratio of 16:9"), so times ("1:30"), verses
/// ("Genesis 1:3") and citations ("182:1") keep their reading.
/// </summary>
internal sealed class RatioPass(INumberWords numbers) : TokenPass
{
    public override string Name => "ratio";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (DecimalRatio(tokens, index) is { } decimalRatio)
        {
            replacement = Spoken(tokens, index, 3, decimalRatio);
            return 3;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } left || At(tokens, index + 1) is not { } colon || !colon.IsPunctuation(":")
            || At(tokens, index + 2) is not { Kind: TokenKind.Number } right || colon.SpaceBefore != right.SpaceBefore
            || !NumberText.TryParseInteger(left.Text, out var a) || !NumberText.TryParseInteger(right.Text, out var b)
            || At(tokens, index + 3) is { } after && after.IsPunctuation(":"))
        {
            return 0;
        }
        var isScale = a == 1 && b >= 100;
        var isOdds = b == 1 && a is >= 2 and <= 99 && right.Text.Length == 1;
        // "a ratio of 16:9", "odds of 3:2": a single-digit right side cannot be minutes, and the word says it.
        var isNamedRatio = right.Text.Length <= 2 && !right.SpaceBefore && NamedNearby(tokens, index);
        // "the district's 1:1 laptop program": a single-digit pair before a lowercase noun describes it; no clock time
        // is written with one digit of minutes.
        var describes = left.Text.Length == 1 && right.Text.Length == 1 && At(tokens, index + 3) is { Kind: TokenKind.Word, SpaceBefore: true } noun
            && noun.Text.All(char.IsAsciiLetterLower)
            && At(tokens, index - 1) is { Kind: TokenKind.Word } owner && (Determiners.Words.Contains(owner.Text) || owner.Text.EndsWith("'s", StringComparison.Ordinal) || owner.Text.EndsWith("\u2019s", StringComparison.Ordinal));
        if (!isScale && !isOdds && !isNamedRatio && !describes)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 3, $"{numbers.Cardinal(a)} to {numbers.Cardinal(b)}");
        return 3;
    }

    /// <summary>
    /// "a debt-to-equity ratio of 1.8:1", "an average of 1.2:1" -> "one point eight to one": a decimal before the
    /// colon is never hours, a chapter or a citation, so the pair is a ratio. Null when it is not that shape.
    /// </summary>
    private string? DecimalRatio(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } left || !left.Text.Contains('.', StringComparison.Ordinal)
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } right
            || At(tokens, index + 3) is { Text: ":" } || At(tokens, index - 1) is { Text: ":" }
            || DecimalWords.TryRead(numbers, left.Text) is not { } leftWords || DecimalWords.TryRead(numbers, right.Text) is not { } rightWords)
        {
            return null;
        }
        return $"{leftWords} to {rightWords}";
    }

    private static readonly HashSet<string> RatioWords = new(StringComparer.OrdinalIgnoreCase) { "ratio", "ratios", "odds", "aspect", "margin" };

    /// <summary>Whether "ratio", "odds", "aspect" or "margin" stands within the four words before the number, in its clause.</summary>
    private static bool NamedNearby(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 4); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && RatioWords.Contains(word.Text))
            {
                return true;
            }
            if (tokens[k].Kind == TokenKind.Punctuation)
            {
                // The word must be in the same clause: "aspect; Genesis 1:3" is a verse.
                return false;
            }
        }
        return false;
    }
}
