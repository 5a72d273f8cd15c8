using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A month abbreviation with its period but no day: "fell in Nov., the lowest since Sept." -> "November",
/// "September". The date pass reads "Nov. 3"; this one takes the month alone, but only after a word that
/// introduces a time ("in", "since", "last"...), so a capitalised "Jan." that is a name's short form stays.
/// </summary>
internal sealed class MonthAbbreviationPass : TokenPass
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "of", "from", "through", "last", "next", "early", "mid", "late", "and", "or", "to",
        "between", "before", "after", "during", "this", "that", "each", "every",
    };

    /// <summary>Lowercase words after a dotted month that do not show it modifies a noun ("Dr. Jan. and her son" has no month).</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal) { "and", "or", "the", "a", "an", "said", "says", "who", "is", "was" };

    public override string Name => "date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word || word.Text.Length is < 3 or > 4 || !char.IsUpper(word.Text[0])
            || !Abbreviations.Months.TryGetValue(word.Text, out var month) || month.Length == word.Text.Length
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
            || !(At(tokens, index - 1) is { Kind: TokenKind.Word } before && TimeWords.Contains(before.Text)
                // "The Jan. jobs report", "Oct. sales rose": before a lowercase noun the dotted month modifies it; no
                // name or other word takes a period there.
                || At(tokens, index + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsAsciiLetterLower) && !NotNouns.Contains(noun.Text)))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, month);
        return 2;
    }
}
