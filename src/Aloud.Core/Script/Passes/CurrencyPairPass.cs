using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An exchange rate's pair, "euro/dollar 1.0842" or "EUR/USD", as dealers and market reports say it: the two
/// currencies side by side ("euro dollar"), the slash unsaid. Only when both sides name a currency, so
/// "upgrade/update" keeps its "slash" and an unknown code pair is left to the acronym reading.
/// </summary>
internal sealed class CurrencyPairPass : TokenPass
{
    /// <summary>How markets name each side of a pair: sterling, not "British pound"; the dollar plainly.</summary>
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["USD"] = "dollar",
        ["EUR"] = "euro",
        ["GBP"] = "sterling",
        ["JPY"] = "yen",
        ["CHF"] = "Swiss franc",
        ["CAD"] = "Canadian dollar",
        ["AUD"] = "Australian dollar",
        ["NZD"] = "New Zealand dollar",
        ["CNY"] = "yuan",
        ["CNH"] = "offshore yuan",
        ["INR"] = "rupee",
        ["ZAR"] = "rand",
        ["MXN"] = "Mexican peso",
        ["BRL"] = "real",
        ["SEK"] = "Swedish krona",
        ["NOK"] = "Norwegian krone",
        ["HKD"] = "Hong Kong dollar",
        ["SGD"] = "Singapore dollar",
        ["KRW"] = "won",
        ["TRY"] = "lira",
    };

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "dollar", "euro", "sterling", "pound", "yen", "yuan", "renminbi", "franc", "rupee", "rand", "peso", "real", "won",
        "lira", "krona", "krone", "rouble", "ruble", "naira", "cedi", "shilling", "ringgit", "baht", "rupiah", "loonie", "aussie", "kiwi",
    };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } first || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word, SpaceBefore: false } second
            || At(tokens, index + 3) is { Kind: TokenKind.Word or TokenKind.Number, SpaceBefore: false } || At(tokens, index + 3) is { Text: "/", SpaceBefore: false })
        {
            return 0;
        }
        if (Codes.TryGetValue(first.Text, out var firstName) && Codes.TryGetValue(second.Text, out var secondName))
        {
            replacement = Spoken(tokens, index, 3, $"{firstName} {secondName}");
            return 3;
        }
        if (Names.Contains(first.Text) && Names.Contains(second.Text) && !first.Text.Equals(second.Text, StringComparison.OrdinalIgnoreCase))
        {
            replacement = Spoken(tokens, index, 3, $"{first.Text} {second.Text}");
            return 3;
        }
        return 0;
    }
}
