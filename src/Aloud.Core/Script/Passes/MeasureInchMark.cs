using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Whether a double quote glued after a number is an inch mark ("a 5\" gap") or closes a quotation: the quotation marks
/// before it in the sentence are counted once per sentence.
/// </summary>
internal sealed partial class MeasurePass
{
    /// <summary>Whether a double quote is glued before the number at <paramref name="start"/> (or its bare point).</summary>
    private static bool OpensQuotation(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        if (!tokens[k].SpaceBefore && At(tokens, k - 1) is { Kind: TokenKind.Punctuation, Text: "." } dot && !dot.SpaceBefore)
        {
            k--;
        }
        return !tokens[k].SpaceBefore && At(tokens, k - 1) is { Kind: TokenKind.Punctuation, Text: "\"" or "\u201C" };
    }

    /// <summary>
    /// Whether the token after the number at <paramref name="index"/> is a glued straight or closing double quote
    /// that closes no quotation: an even number of double quotes stands before it in the sentence, none is glued
    /// before the number, and the number is a plausible length (up to three whole digits and two decimals, so a
    /// year or a long decimal that ends a quotation is not one).
    /// </summary>
    private static bool IsInchMark(IReadOnlyList<Token> tokens, int start, int index, string digits)
    {
        var parts = digits.Split('.');
        if (parts.Length > 2 || parts[0].Length > 3 || (parts.Length == 2 && parts[1].Length > 2) || !parts.All(NumberText.IsPlain)
            || OpensQuotation(tokens, start))
        {
            return false;
        }
        if (At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "\"" or "\u201D" or "\u2033", SpaceBefore: false } mark)
        {
            return false;
        }
        if (mark.Text == "\u2033")
        {
            return true;
        }
        return QuotesBefore(tokens, index) % 2 == 0 && At(tokens, index + 2) is null or { SpaceBefore: true } or { Kind: TokenKind.Punctuation };
    }

    /// <summary>
    /// The quotation marks before each token of the sentence being read, counted once per <see cref="Apply"/> so a
    /// sentence of many inch marks stays linear. Thread-static: a pass may serve several threads at once.
    /// </summary>
    [ThreadStatic]
    private static (IReadOnlyList<Token> Tokens, int[] Counts)? quoteCounts;

    public override List<Token> Apply(List<Token> tokens)
    {
        var counts = new int[tokens.Count + 1];
        for (var k = 0; k < tokens.Count; k++)
        {
            counts[k + 1] = counts[k] + (IsQuotationMark(tokens, k) ? 1 : 0);
        }
        quoteCounts = (tokens, counts);
        try
        {
            return base.Apply(tokens);
        }
        finally
        {
            quoteCounts = null;
        }
    }

    /// <summary>A double quote that is not glued to a number (a glued one is an inch mark itself: "2.5\" to 4\"").</summary>
    private static bool IsQuotationMark(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Punctuation, Text: "\"" or "\u201C" or "\u201D" } && !(k > 0 && !tokens[k].SpaceBefore && tokens[k - 1].Kind == TokenKind.Number);

    private static int QuotesBefore(IReadOnlyList<Token> tokens, int index)
    {
        if (quoteCounts is { } cached && ReferenceEquals(cached.Tokens, tokens))
        {
            return cached.Counts[index];
        }
        var quotes = 0;
        for (var k = 0; k < index; k++)
        {
            quotes += IsQuotationMark(tokens, k) ? 1 : 0;
        }
        return quotes;
    }
}
