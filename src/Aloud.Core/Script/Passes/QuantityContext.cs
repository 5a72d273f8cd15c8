using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Whether a bare four-digit number is a count, not a year, from the noun after it: "about 1500 people", "1500
/// people were evacuated" read "one thousand five hundred", while "in 1500" and "the 2020 elections" stay years.
/// "about" or "around" alone proves nothing ("around 1550 the town grew"), so only the counted noun decides.
/// </summary>
internal static class QuantityContext
{
    /// <summary>Nouns counted in news copy that a year rarely modifies.</summary>
    private static readonly HashSet<string> CountNouns = new(StringComparer.Ordinal)
    {
        "people", "residents", "troops", "soldiers", "workers", "employees", "students", "jobs", "homes", "houses",
        "deaths", "members", "miles", "feet", "meters", "kilometers", "acres", "units", "copies", "tons", "children",
        "patients", "refugees", "migrants", "fans", "officers", "passengers", "vehicles", "cars", "beds", "calories",
        "words", "pages", "signatures", "visitors", "participants", "runners", "households", "families", "animals",
        "pounds", "dollars", "euros", "years", "hours", "days", "inmates", "prisoners", "civilians", "protesters",
        "votes", "voters", "cases", "customers", "users", "spectators", "seats", "shares", "barrels", "guests",
        "casualties", "arrests", "flights", "tickets",
    };

    /// <summary>Words before a number that make it a year even before a count noun ("the 2020 elections").</summary>
    private static readonly HashSet<string> YearMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "in", "since", "of", "by", "from", "until", "till", "to", "before", "after", "during", "its", "his", "her", "their", "'s",
    };

    public static bool IsCount(IReadOnlyList<Token> tokens, int index)
    {
        var before = index > 0 ? tokens[index - 1] : null;
        var after = index + 1 < tokens.Count ? tokens[index + 1] : null;
        return after is { Kind: TokenKind.Word } && CountNouns.Contains(after.Text)
            && !(before is { Kind: TokenKind.Word or TokenKind.Punctuation } && YearMarkers.Contains(before.Text));
    }

    /// <summary>
    /// "served 1911-1954 families": the low end of a range whose high end is a count (four plain digits before a counted
    /// noun) is a count too, so both ends are said alike; "from 1911-1954" and "the 1939-1945 war" stay years.
    /// </summary>
    public static bool StartsCountedRange(IReadOnlyList<Token> tokens, int index) =>
        TokenPass.At(tokens, index + 1) is { Text: "-" or "\u2013", SpaceBefore: false }
        && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false, Text.Length: 4 } high && NumberText.IsPlain(high.Text)
        && IsCount(tokens, index + 2)
        && !(TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Punctuation } before && YearMarkers.Contains(before.Text));
}
