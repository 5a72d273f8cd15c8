using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A wire service's credit in a dateline is not read: "ASHFORD, Ore. (AP) — A man..." -> "ASHFORD, Oregon, a
/// man...". Only the bracketed agency name right before the dateline's dash counts, so "the AP reported" is read; after
/// a dateline's city in capitals any one-word credit counts ("WELLINGTON (RNZ) -").
/// </summary>
internal sealed class WireCreditPass : TokenPass
{
    private static readonly HashSet<string> Agencies = new(StringComparer.Ordinal)
    {
        "AP", "Reuters", "UPI", "AFP", "CNN", "Bloomberg", "dpa", "ANSA", "Xinhua", "TASS", "CP", "PA",
        // India's, Pakistan's and Africa's and Asia's national agencies: Press Trust of India, IANS, ANI, the Associated Press of
        // Pakistan, Kenya News Agency, News Agency of Nigeria, Ghana News Agency, Kyodo, Yonhap, Bernama, EFE.
        "PTI", "IANS", "ANI", "APP", "KNA", "NAN", "GNA", "Kyodo", "Yonhap", "Bernama", "EFE",
    };

    public override string Name => "dateline";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Punctuation, Text: "(" }
            || At(tokens, index + 1) is not { Kind: TokenKind.Word } agency || !(Agencies.Contains(agency.Text) || char.IsUpper(agency.Text[0]) && AfterDatelineCity(tokens, index))
            || At(tokens, index + 2) is not { Kind: TokenKind.Punctuation, Text: ")" }
            || At(tokens, index + 3) is not { Kind: TokenKind.Punctuation } dash || dash.Text is not ("\u2014" or "\u2013" or "-" or "--"))
        {
            return 0;
        }
        // The dash after the credit is read with it: the dateline ends in one clause pause.
        replacement = Spoken(tokens, index, 4, "", Speech.WordBreak.Clause);
        return 4;
    }

    /// <summary>The longest dateline before its credit: a city of a few words, a comma, a state or country.</summary>
    private const int DatelineTokens = 8;

    /// <summary>
    /// Whether the bracket at <paramref name="index"/> follows a dateline's city in capitals at the sentence's start
    /// ("WELLINGTON (RNZ) -", "PORT LOUIS, Mauritius (MBC) --"): there any one-word credit, known or not, is the
    /// agency's or broadcaster's.
    /// </summary>
    private static bool AfterDatelineCity(IReadOnlyList<Token> tokens, int index) =>
        index is > 0 and <= DatelineTokens && tokens[0] is { Kind: TokenKind.Word } city && city.Text.Length >= 3 && city.Text.All(c => char.IsUpper(c) || c is '-' or '.' or '\'')
        && tokens.Take(index).All(t => t.Kind is TokenKind.Word || t is { Kind: TokenKind.Punctuation, Text: "," or "." });
}
