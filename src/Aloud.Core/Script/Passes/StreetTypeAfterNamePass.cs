using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Street types the abbreviation pass leaves: a plural one after the last of several names ("Oak, Vine and 3rd Sts.",
/// "Elm and Birch Aves.") and an undotted "Pl" or "Ct" after a street's name ("Market Pl, Wed 2 Dec"). Before a
/// capitalised name they are something else ("Sts. Peter and Paul" are saints), so they are read only where none follows.
/// </summary>
internal sealed class StreetTypeAfterNamePass : TokenPass
{
    private static readonly Dictionary<string, string> PluralTypes = new(StringComparer.Ordinal)
    {
        ["Sts"] = "Streets",
        ["Aves"] = "Avenues",
        ["Rds"] = "Roads",
        ["Blvds"] = "Boulevards",
    };

    private static readonly Dictionary<string, string> UndottedTypes = new(StringComparer.Ordinal)
    {
        ["Pl"] = "Place",
        ["Ct"] = "Court",
    };

    public override string Name => "street-type";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        var hasDot = At(tokens, index + 1) is { Text: ".", SpaceBefore: false };
        var next = At(tokens, index + (hasDot ? 2 : 1));
        if (next is { Kind: TokenKind.Word } capital && char.IsUpper(capital.Text[0]))
        {
            return 0;
        }
        var afterName = At(tokens, index - 1) is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]) && !CommonWords.Contains(name.Text)
            && !Abbreviations.Titles.ContainsKey(name.Text);
        var afterOrdinal = At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" };
        if (PluralTypes.TryGetValue(word.Text, out var plural) && (afterName || afterOrdinal))
        {
            var used = hasDot ? 2 : 1;
            replacement = Spoken(tokens, index, used, plural);
            return used;
        }
        if (!hasDot && UndottedTypes.TryGetValue(word.Text, out var single) && afterName && next is null or { Kind: TokenKind.Punctuation })
        {
            // "Market Pl, Wed 2 Dec": the type ends its phrase, as an address in a notice does.
            replacement = Spoken(tokens, index, 1, single);
            return 1;
        }
        return 0;
    }
}
