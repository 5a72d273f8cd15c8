using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"U.S." -> "U S", "a.m." -> "A M": single letters joined by dots are spelled, with the final dot consumed.</summary>
internal sealed class DottedAcronymPass : TokenPass
{
    public override string Name => "acronym";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var word = tokens[index];
        if (word.Kind != TokenKind.Word || !IsDottedLetters(word.Text))
        {
            return 0;
        }
        var consumed = At(tokens, index + 1) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore && index + 2 < tokens.Count ? 2 : 1;
        if (consumed == 2 && At(tokens, index + 2) is { Text: "-" or "\u2013", SpaceBefore: false }
            && At(tokens, index + 3) is { Kind: TokenKind.Word, SpaceBefore: false })
        {
            // "U.S.-China talks": the hyphen joins a compound, so no pause after the letters.
            consumed = 3;
        }
        var letters = word.Text.Split('.').SelectMany(l => l.Select(c => char.ToUpperInvariant(c).ToString()));
        // "a.k.a." is said in words.
        var spoken = word.Text.Equals("a.k.a", StringComparison.OrdinalIgnoreCase) ? "also known as" : string.Join(' ', letters);
        replacement = Spoken(tokens, index, consumed, spoken);
        return consumed;
    }

    private static bool IsDottedLetters(string text)
    {
        var parts = text.Split('.');
        return parts.Length >= 2 && parts.All(p => (p.Length == 1 && char.IsLetter(p[0])) || DottedDegreeParts.Contains(p));
    }

    /// <summary>Parts of degree abbreviations that are spelled too: "Ph.D." -> "P H D".</summary>
    private static readonly HashSet<string> DottedDegreeParts = new(StringComparer.Ordinal) { "Ph" };
}
