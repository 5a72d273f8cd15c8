using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Labels a council or a legislature puts before a year and a serial that name one instrument, never a span of years:
/// "Bylaw 2025-114", "Ordinance 2026-31", "Local Law 2026-12", "Policy 2024-07".
/// </summary>
internal static class NumberedLabel
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "bylaw", "by-law", "ordinance", "resolution", "regulation", "motion", "permit", "licence", "license", "docket", "policy",
    };

    /// <summary>Whether <paramref name="label"/> is such a label; "Law" counts only capitalised, as in "Local Law".</summary>
    public static bool Is(Token? label) =>
        label is { Kind: TokenKind.Word } word && (Labels.Contains(word.Text) || word.Text == "Law");
}
