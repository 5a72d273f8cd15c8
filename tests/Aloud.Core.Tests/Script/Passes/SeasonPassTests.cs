using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SeasonPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A season or school year: the two years side by side, as they are said.
    [InlineData("the 2010 - 11 season", "the twenty ten eleven season.")]
    [InlineData("the 2026-27 school year", "the twenty twenty-six twenty-seven school year.")]
    [InlineData("the 2003-04 NBA season", "the two thousand three oh four N B A season.")]
    [InlineData("playoffs in the 2013-14 and 2014-15 seasons", "playoffs in the twenty thirteen fourteen and twenty fourteen fifteen seasons.")]
    // Any other span says "to", a budget's or fiscal year's included: on the tail where that echoes a year said in pairs,
    // whole where a tail could be heard as a count ("to oh nine", "to ten").
    [InlineData("the 2025-26 budget", "the twenty twenty-five to twenty-six budget.")]
    [InlineData("in fiscal 2024-25", "in fiscal twenty twenty-four to twenty-five.")]
    [InlineData("the 2021-24 model years", "the twenty twenty-one to twenty-four model years.")]
    [InlineData("Fees rise in 2026-27.", "Fees rise in twenty twenty-six to twenty-seven.")]
    [InlineData("the 2008-09 crisis", "the two thousand eight to two thousand nine crisis.")]
    [InlineData("in 1899-00", "in eighteen ninety-nine to nineteen hundred.")]
    [InlineData("Output peaked in 2009-10 at a record.", "Output peaked in two thousand nine to twenty ten at a record.")]
    [InlineData("figures for 2019-21 were revised", "figures for twenty nineteen to twenty-one were revised.")]
    // Before 2000 the span ends on the year's tail, as it is said.
    [InlineData("the 1914-18 war", "the nineteen fourteen to eighteen war.")]
    [InlineData("from 1966-68", "from nineteen sixty-six to sixty-eight.")]
    // Three years are not a season even before the word: they say "to".
    [InlineData("the 2021-23 season", "the twenty twenty-one to twenty-three season.")]
    // A plan or a war over a decade or more still ends on a year, never on a count.
    [InlineData("a long-term plan for 2027-37", "a long-term plan for twenty twenty-seven to thirty-seven.")]
    [InlineData("the 1939-45 war", "the nineteen thirty-nine to forty-five war.")]
    [InlineData("the budget for FY2026-27", "the budget for fiscal year twenty twenty-six twenty-seven.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
