using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Two abbreviations that make one name together, read before the abbreviation pass takes each alone: Ireland's "Co.
/// Co." (a County Council: "Kilbarry Co. Co. refused permission") and a school's "Jr./Sr. High" (a junior and senior
/// high school, where "Sr." before a capital is otherwise a religious sister), and a police rank's grade ("Sen. Const.",
/// a Senior Constable).
/// </summary>
internal sealed class PairedAbbreviationPass : TokenPass
{
    public override string Name => "paired-abbreviation";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "Co" } && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "Co", SpaceBefore: true }
            && At(tokens, index - 1) is { Kind: TokenKind.Word } county && char.IsUpper(county.Text[0]))
        {
            // "Co. Co." after a county's name: the council; the second stop goes with it unless it ends the sentence.
            var used = At(tokens, index + 3) is { Text: ".", SpaceBefore: false } && At(tokens, index + 4) is not null ? 4 : 3;
            replacement = Spoken(tokens, index, used, "County Council");
            return used;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "Jr" or "Sr" } first && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
            && At(tokens, index + 2) is { Text: "/" or "-", SpaceBefore: false }
            && At(tokens, index + 3) is { Kind: TokenKind.Word, SpaceBefore: false } second && second.Text is "Jr" or "Sr" && second.Text != first.Text
            && At(tokens, index + 4) is { Text: ".", SpaceBefore: false } && At(tokens, index + 5) is { Kind: TokenKind.Word, Text: "High" })
        {
            // "the Jr./Sr. High School", "Jr.-Sr. High": one school for both levels.
            replacement = Spoken(tokens, index, 5, first.Text == "Jr" ? "Junior Senior" : "Senior Junior");
            return 5;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "Sen" } && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "Const" or "Constable" or "Sgt" or "Sergeant" or "Det" or "Detective" })
        {
            // "Sen. Const. Amy Ruffo", "Sen. Sgt.": before a police rank "Sen." is the rank's grade, never a senator.
            replacement = Spoken(tokens, index, 2, "Senior");
            return 2;
        }
        return 0;
    }
}
