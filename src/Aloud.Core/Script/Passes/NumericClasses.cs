using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>Which spoken tokens stand for a quantity, so a dash between two of them can be read as "to".</summary>
internal static class NumericClasses
{
    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "money", "percent", "cardinal", "decimal", "year", "decade", "measure", "fraction", "ordinal", "time",
    };

    public static bool IsQuantity(Token? token) => token is { Kind: TokenKind.Spoken, Class: { } name } && Quantities.Contains(name);

    /// <summary>A hyphen, en dash or minus sign on its own.</summary>
    public static bool IsDash(Token? token) => token is { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: "-" or "\u2013" or "\u2212" };
}
