using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A party's short label in brackets after a politician's name, as British, Irish, Australian and New Zealand copy
/// prints council votes and results: "Cllr Mary Hale (Lab)" -> "Mary Hale, Labour", "(LD)" -> "Liberal Democrat",
/// "(Ind)" -> "Independent", "(Lab, Eastfield)" with the ward after it. Only first in brackets right after a capitalised
/// name, where nothing else is written so;
/// labels said as letters anyway ("SNP", "DUP", "ALP") are left to the acronym reading.
/// </summary>
internal sealed class PartyLabelPass : TokenPass
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Lab"] = "Labour",
        ["Con"] = "Conservative",
        ["LD"] = "Liberal Democrat",
        ["LibDem"] = "Liberal Democrat",
        ["Lib"] = "Liberal",
        ["Ind"] = "Independent",
        ["Grn"] = "Green",
        ["Ref"] = "Reform",
        ["Nat"] = "National",
        ["SF"] = "Sinn Féin",
        ["FF"] = "Fianna Fáil",
        ["FG"] = "Fine Gael",
    };

    public override string Name => "state";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } label || !Labels.TryGetValue(label.Text, out var party)
            || At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "(" }
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ")" or "," }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } name || name.Text.Length < 2 || !char.IsUpper(name.Text[0])
            || !name.Text.Skip(1).All(char.IsLower))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, party);
        return 1;
    }
}
