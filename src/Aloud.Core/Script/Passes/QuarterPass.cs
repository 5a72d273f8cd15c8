using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A business quarter written "Q1" to "Q4" is said as business news says it: "Q3 revenue" -> "third quarter revenue",
/// "fell in Q1" -> "fell in the first quarter", "Q4 2025" -> "fourth quarter of twenty twenty-five". After a
/// capitalised word that does not start the sentence ("the Audi Q3") it is a model's name and is left to be spelled.
/// Half-years too: "H1 profit" -> "first half profit", "2H FY2026" -> "the second half of fiscal year twenty twenty-six".
/// </summary>
internal sealed class QuarterPass(INumberWords numbers) : TokenPass
{
    public override string Name => "quarter";

    /// <summary>Words after which English puts "the" before a quarter: "in the first quarter", "since the third quarter".</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "for", "during", "from", "since", "by", "until", "through", "over", "to", "of", "into", "at", "before", "after",
        "on", "throughout", "within", "versus", "vs", "than", "like", "with",
    };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['Q', ('1' or '2' or '3' or '4') and var from, '-' or '\u2013', 'Q', ('1' or '2' or '3' or '4') and var to] }
            && to > from && !IsModelName(tokens, index))
        {
            // "Q1-Q3 sales" (one word: the hyphen joins it): a span of quarters.
            var span = $"{numbers.Ordinal(from - '0')} to {numbers.Ordinal(to - '0')} quarter";
            replacement = Spoken(tokens, index, 1, NeedsArticle(tokens, index) ? "the " + span : span);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text: "3M" or "6M" or "9M" } months && At(tokens, index + 1) is { Kind: TokenKind.Number, Text.Length: 4, SpaceBefore: true } monthsYear
            && NumberText.IsPlain(monthsYear.Text) && int.Parse(monthsYear.Text, CultureInfo.InvariantCulture) is >= 1990 and <= 2099 and var monthsYearValue)
        {
            // "revenue rose to N2.7trn in 9M 2026": a results period, the first nine months of the year.
            var period = $"the {numbers.Cardinal(months.Text[0] - '0')} months of {numbers.Year(monthsYearValue)}";
            replacement = Spoken(tokens, index, 2, period);
            return 2;
        }
        if (Half(tokens, index) is { } half)
        {
            replacement = Spoken(tokens, index, 1, half);
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Word, Text: ['Q', '1' or '2' or '3' or '4'] } quarter
            || At(tokens, index + 1) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number }
            || At(tokens, index + 1) is { SpaceBefore: false, Kind: TokenKind.Punctuation, Text: "-" or "/" or "." }
                && At(tokens, index + 2) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number }
            || IsModelName(tokens, index))
        {
            return 0;
        }
        var words = new List<string>();
        if (NeedsArticle(tokens, index))
        {
            words.Add("the");
        }
        words.Add(numbers.Ordinal(quarter.Text[1] - '0'));
        words.Add("quarter");
        var count = 1;
        if (At(tokens, index + 1) is { Kind: TokenKind.Number, Text.Length: 4, SpaceBefore: true } year && NumberText.IsPlain(year.Text)
            && int.Parse(year.Text, CultureInfo.InvariantCulture) is >= 1900 and <= 2099 and var value)
        {
            // "Q4 2025": the quarter of that year.
            words.Add("of");
            words.Add(numbers.Year(value));
            count = 2;
        }
        replacement = Spoken(tokens, index, count, string.Join(' ', words));
        return count;
    }

    /// <summary>Business nouns after a half-year: "H1 results", "2H profit".</summary>
    private static readonly HashSet<string> ResultWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "results", "result", "profit", "profits", "revenue", "revenues", "earnings", "sales", "loss", "losses", "growth", "guidance", "dividend",
        "EBITDA", "EBIT", "EPS", "NPAT", "turnover", "margin", "margins",
    };

    /// <summary>
    /// A half-year, "H1"/"1H" and "H2"/"2H", before a year, a fiscal year or a result ("H1 profit", "for 2H FY2026" ->
    /// "for the second half of F Y ..."); elsewhere "H2" may be hydrogen or a heading. Null when it is not one.
    /// </summary>
    private string? Half(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index].Text is not ("H1" or "H2" or "1H" or "2H") || tokens[index].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return null;
        }
        var next = At(tokens, index + 1);
        var yearFollows = next is { SpaceBefore: true } && (next.Text.StartsWith("FY", StringComparison.Ordinal)
            || (next is { Kind: TokenKind.Number, Text.Length: 4 } && NumberText.IsPlain(next.Text) && next.Text[0] is '1' or '2'));
        // "H1 profit", "H1 underlying EBITDA": a result, straight after or behind one lowercase modifier.
        var resultFollows = next is { Kind: TokenKind.Word, SpaceBefore: true } && (ResultWords.Contains(next.Text)
            || next.Text.All(c => char.IsAsciiLetterLower(c) || c == '-') && At(tokens, index + 2) is { Kind: TokenKind.Word } result && ResultWords.Contains(result.Text));
        if (!yearFollows && !resultFollows)
        {
            return null;
        }
        var which = tokens[index].Text.Contains('1', StringComparison.Ordinal) ? numbers.Ordinal(1) : numbers.Ordinal(2);
        var words = $"{which} half{(yearFollows ? " of" : "")}";
        return NeedsArticle(tokens, index) || yearFollows ? "the " + words : words;
    }

    private static bool NeedsArticle(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word } before && Prepositions.Contains(before.Text);

    /// <summary>
    /// "the Audi Q3", "a Vantor Q4": a capitalised word before it that neither opens the sentence nor owns it ("Acme's
    /// Q3 results" is a quarter) names a maker, and the code is its model.
    /// </summary>
    private static bool IsModelName(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } before || !char.IsUpper(before.Text[0])
            || before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            return false;
        }
        var opensSentence = index == 1 || At(tokens, index - 2) is { Kind: TokenKind.Punctuation, Text: "." or "!" or "?" or ":" or "\"" or "\u201C" or "(" };
        return !opensSentence;
    }
}
