using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A year with a later one abbreviated. A season or school year is named as sport and schools say it, the two years
/// side by side: "the 2023-24 season" -> "the twenty twenty-three twenty-four season". Any other span, a budget's
/// included, says "to": it ends on the year's tail where that echoes a year said in pairs ("the 1914-18 war" ->
/// "nineteen fourteen to eighteen", "the 2026-27 budget" -> "twenty twenty-six to twenty-seven", "data for 2019-21" ->
/// "twenty nineteen to twenty-one"), and says the end year whole where a tail could be heard as a count ("in 2009-10"
/// -> "two thousand nine to twenty ten"). The short part must be a following year of the same run, so "1234-56" or
/// "2020-10" (a month) are left alone.
/// </summary>
internal sealed class SeasonPass(INumberWords numbers) : TokenPass
{
    public override string Name => "year";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['F', 'Y', .. var span] } && span.Split('-') is [{ Length: 4 } startYear, { Length: 2 } endTail]
            && NumberText.IsPlain(startYear) && NumberText.IsPlain(endTail)
            && int.Parse(startYear, CultureInfo.InvariantCulture) is var fiscalStart and >= 1900 and <= 2099
            && int.Parse(endTail, CultureInfo.InvariantCulture) == (fiscalStart + 1) % 100)
        {
            // "FY2026-27": a fiscal year across two calendar years, said side by side.
            replacement = Spoken(tokens, index, 1, $"fiscal year {SideBySide(numbers, fiscalStart)}");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['F', 'Y', .. var digits] } && digits.Length is 2 or 4 && NumberText.IsPlain(digits))
        {
            // "FY2023", "FY24": a fiscal year, read as a year.
            var value = int.Parse(digits, CultureInfo.InvariantCulture);
            var spokenYear = digits.Length == 4 ? numbers.Year(value) : digits[0] == '0' ? "oh " + numbers.Cardinal(value) : numbers.Cardinal(value);
            replacement = Spoken(tokens, index, 1, $"fiscal year {spokenYear}");
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 4 } first || !NumberText.IsPlain(first.Text)
            || !NumericClasses.IsDash(At(tokens, index + 1))
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 2 } second || !NumberText.IsPlain(second.Text)
            || tokens[index + 1].SpaceBefore != second.SpaceBefore || NumericClasses.IsDash(At(tokens, index + 3)))
        {
            return 0;
        }
        if (AfterNumberLabel(tokens, index) || NumberedLabel.Is(At(tokens, index - 1)))
        {
            // "Ordinance No. 2026-31", "Bylaw 2026-41": a year and a serial after "No." or a council's label, one
            // number, not a span of years (the range pass reads its parts in turn).
            return 0;
        }
        var year = int.Parse(first.Text, CultureInfo.InvariantCulture);
        var shortYear = int.Parse(second.Text, CultureInfo.InvariantCulture);
        var nextYear = year + 1;
        // A plan or a war may run for decades ("the 2027-37 plan", "1939-45"); from 1800 a later tail up to thirty years on
        // is still that run's end, never a count.
        var isFollowing = shortYear == nextYear % 100 || (shortYear > year % 100 && shortYear - (year % 100) <= (year >= 1800 ? 30 : 5));
        if (year is < 1100 or > 2099 || !isFollowing)
        {
            return 0;
        }
        var fullYear = (year / 100 * 100) + shortYear + (shortYear < year % 100 ? 100 : 0);
        if (fullYear == nextYear && NamesASeason(tokens, index))
        {
            replacement = Spoken(tokens, index, 3, SideBySide(numbers, year));
            return 3;
        }
        // The span ends on its year's tail, as people say it, when the tail echoes a year said in pairs: "nineteen fourteen
        // to eighteen", "twenty twenty-six to twenty-seven", "the 2021-24 model years" -> "twenty twenty-one to
        // twenty-four". After "two thousand nine" a tail would be a bare count ("to ten"), so that span is said whole.
        var tail = fullYear / 100 == year / 100 && shortYear >= 10 && year % 100 >= 10;
        replacement = Spoken(tokens, index, 3, $"{numbers.Year(year)} to {(tail ? numbers.Cardinal(shortYear) : numbers.Year(fullYear))}");
        return 3;
    }

    /// <summary>Whether "No." or "number" stands right before <paramref name="index"/>.</summary>
    private static bool AfterNumberLabel(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "number" or "Number" }
        || At(tokens, index - 1) is { Text: "." } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "No" or "no" };

    /// <summary>
    /// A season or fiscal year starting in <paramref name="year"/>, said as such years are: the first year, then the
    /// next one's tail ("twenty twenty-five twenty-six", "two thousand eight oh nine", "nineteen ninety-nine two thousand").
    /// </summary>
    internal static string SideBySide(INumberWords numbers, int year)
    {
        var tail = (year + 1) % 100;
        var end = tail == 0 ? numbers.Year(year + 1) : tail < 10 ? "oh " + numbers.Cardinal(tail) : numbers.Cardinal(tail);
        return $"{numbers.Year(year)} {end}";
    }

    /// <summary>
    /// Words that name a year running across two calendar years as sport and schools do: a season, a school year, a
    /// crop year. A budget, fiscal or tax year ("the 2026-27 budget") is said with "to", as finance ministers and
    /// newsreaders say it: "twenty twenty-six to twenty-seven".
    /// </summary>
    private static readonly HashSet<string> SeasonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "season", "seasons", "term", "campaign", "session", "winter", "school", "academic", "crop", "harvest", "marketing",
    };

    /// <summary>
    /// Whether the pair at <paramref name="index"/> names a season: a season word just before it ("fiscal 2025-26") or
    /// in the two words after it ("2025-26 season", "2025-26 school year", "2025-26 NBA season"), past more pairs
    /// listed with it ("the 2003-04 and 2004-05 seasons").
    /// </summary>
    private static bool NamesASeason(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is { Kind: TokenKind.Word } before && SeasonWords.Contains(before.Text))
        {
            return true;
        }
        var words = 0;
        for (var k = index + 3; k < tokens.Count && k < index + 16 && words < 2; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number || NumericClasses.IsDash(token) || token is { Text: "," or "and" or "or" })
            {
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }
            if (SeasonWords.Contains(token.Text))
            {
                return true;
            }
            words++;
        }
        return false;
    }
}
