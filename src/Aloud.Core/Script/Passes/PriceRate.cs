using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The unit a price is quoted per, written after a glued slash: "$20/mo", "318p/kg", "R4,215/t". A price's rate is
/// said with the article, as people say prices ("twenty dollars a month"); "per" stays with measures ("ten
/// kilometers per hour").
/// </summary>
internal static class PriceRate
{
    /// <summary>
    /// The spoken rate ("a kilogram") of the slash at token <paramref name="at"/>, or null when no rate follows the
    /// price there; <paramref name="used"/> is how many tokens it read.
    /// </summary>
    public static string? Read(IReadOnlyList<Token> tokens, int at, out int used)
    {
        used = 0;
        if (TokenPass.At(tokens, at) is not { Text: "/", SpaceBefore: false } || TokenPass.At(tokens, at + 1) is not { Kind: TokenKind.Word, SpaceBefore: false } rate
            || Units.ReadPer(rate.Text) is not { } per)
        {
            return null;
        }
        used = 2;
        if (rate.Text == "kg" && TokenPass.At(tokens, at + 2) is { Kind: TokenKind.Word, Text: "MS", SpaceBefore: true })
        {
            // "$9.60/kg MS": New Zealand dairy's price per kilogram of milksolids, the initials set apart from the unit
            // (glued, "kgMS" is a unit of its own).
            per = "kilogram of milksolids";
            used = 3;
        }
        return $"{Article(per)} {per}";
    }

    /// <summary>"an hour", "an acre", "a kilogram": the article the rate's spoken unit takes.</summary>
    public static string Article(string per) => per.StartsWith("hour", StringComparison.Ordinal) || "aeio".Contains(per[0], StringComparison.Ordinal) ? "an" : "a";
}
