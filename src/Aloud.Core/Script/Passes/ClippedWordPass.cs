using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Clipped words of notices and listings that the abbreviation pass left as written: "max. 2 visitors" -> "maximum 2
/// visitors", "est. value" -> "estimated value", "excl. water" -> "excluding water", "retd. Dy. Collector" -> "retired
/// Deputy Collector", "by appt only" -> "by appointment only". Each is read only where its period cannot end the
/// sentence: a lower-case word or a figure follows, or it qualifies the office after it.
/// </summary>
internal sealed class ClippedWordPass : TokenPass
{
    public override string Name => "clipped-word";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word || !Abbreviations.ClippedWords.TryGetValue(word.Text, out var reading))
        {
            return 0;
        }
        var hasDot = At(tokens, index + 1) is { Text: ".", SpaceBefore: false };
        if (!hasDot && !Abbreviations.ReadsUndotted(word.Text))
        {
            return 0;
        }
        var next = At(tokens, index + (hasDot ? 2 : 1));
        var goesOn = next is { Kind: TokenKind.Word } lower && char.IsLower(lower.Text[0])
            || next is { Kind: TokenKind.Number or TokenKind.Spoken }
            || next is { Kind: TokenKind.Word } office && char.IsUpper(office.Text[0]) && Abbreviations.IsHeadModifier(word.Text)
            // "price £40 incl, delivery extra": without a stop, a word that is no English word is read whatever follows.
            || !hasDot && next is null or { Kind: TokenKind.Punctuation }
            // "1 BA apt., W/D hookup": a stop with a comma after it is the word's, never the sentence's.
            || hasDot && next is { Kind: TokenKind.Punctuation, Text: "," or ";" };
        if (!goesOn)
        {
            return 0;
        }
        var lowered = word.Text.ToLowerInvariant();
        // "a 5 min. walk": after a number "min." is a minute, and "max." a measure's limit the measure pass keeps.
        if (lowered is "min" or "max" && At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" or "measure" })
        {
            return 0;
        }
        // "the firm, est. in 1887": founded, when a preposition of time follows.
        if (lowered == "est" && next is { Kind: TokenKind.Word, Text: "in" or "since" })
        {
            reading = "established";
        }
        var said = char.IsUpper(word.Text[0]) ? char.ToUpperInvariant(reading[0]) + reading[1..] : reading;
        var used = hasDot ? 2 : 1;
        replacement = Spoken(tokens, index, used, said);
        return used;
    }
}
