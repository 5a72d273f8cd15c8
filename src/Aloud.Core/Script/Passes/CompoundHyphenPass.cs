using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The hyphen of a number compound is silent: "a 25-year-old" -> "a twenty-five year-old", "6-foot-11" -> "six foot
/// eleven", "a 3-day trip", "3-D", "4-H". Without this the hyphen reads as a dash and leaves a pause inside the
/// phrase. Only a lowercase word or a single capital letter after the hyphen counts, so a dash before a name keeps
/// its pause.
/// </summary>
internal sealed class CompoundHyphenPass : TokenPass
{
    public override string Name => "compound";

    public override List<Token> Apply(List<Token> tokens)
    {
        var result = base.Apply(tokens);
        for (var i = 0; i + 2 < result.Count; i++)
        {
            // "3.5-point favorites", "a 2.5-hour drive": a half in a compound of time or score is said "three and a half";
            // a measure keeps the decimal it was written with ("a 1.5-mile stretch", "a 3.5-hectare site").
            if (result[i] is { Kind: TokenKind.Spoken } amount && amount.Words.Count >= 3 && amount.Words[^2] == "point" && amount.Words[^1] == "five"
                && result[i + 1] is { Kind: TokenKind.Spoken, Class: "compound" } && result[i + 2] is { Kind: TokenKind.Word } noun && noun.Text is not ("magnitude" or "percent")
                && (!Units.IsName(noun.Text) || HalvedUnits.Contains(noun.Text)))
            {
                result[i] = amount with { Words = [.. amount.Words.Take(amount.Words.Count - 2), "and", "a", "half"] };
            }
        }
        return result;
    }

    /// <summary>Units of time and a betting line's points, whose halves are said as halves ("a two and a half hour drive").</summary>
    private static readonly HashSet<string> HalvedUnits = new(StringComparer.Ordinal) { "second", "minute", "hour", "day", "week", "month", "year", "point" };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var hyphen = tokens[index];
        if (hyphen is not { Kind: TokenKind.Punctuation, Text: "-" or "\u2010" or "\u2011" } || hyphen.SpaceBefore
            || !NumericClasses.IsQuantity(At(tokens, index - 1))
            || At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: false } word
            || !(char.IsLower(word.Text[0]) || (word.Text.Length == 1 && char.IsAsciiLetterUpper(word.Text[0]))))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "");
        return 1;
    }
}
