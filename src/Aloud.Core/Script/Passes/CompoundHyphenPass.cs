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
