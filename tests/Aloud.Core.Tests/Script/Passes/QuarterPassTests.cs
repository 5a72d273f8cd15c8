using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class QuarterPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("H1 profit rose 4%.", "first half profit rose four percent.")]
    [InlineData("Margins fell in 2H FY2025.", "Margins fell in the second half of fiscal year twenty twenty-five.")]
    [InlineData("The H2 molecule splits.", "The H two molecule splits.")]
    [InlineData("Brindle Foods reported Q3 revenue of $2 billion.", "Brindle Foods reported third quarter revenue of two billion dollars.")]
    [InlineData("Q2 profit doubled.", "second quarter profit doubled.")]
    // After a preposition English says "the".
    [InlineData("Orders slowed in Q1.", "Orders slowed in the first quarter.")]
    [InlineData("Margins have narrowed since Q4.", "Margins have narrowed since the fourth quarter.")]
    [InlineData("The plant opens in Q3 2027.", "The plant opens in the third quarter of twenty twenty-seven.")]
    [InlineData("Halvard's Q4 results beat forecasts.", "Halvard's fourth quarter results beat forecasts.")]
    [InlineData("Q1-Q3 sales rose 4%.", "first to third quarter sales rose four percent.")]
    [InlineData("Ryland's H1 underlying EBITDA fell.", "Ryland's first half underlying EBITDA fell.")]
    public void Reads_a_business_quarter(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A maker's name before it: the code is a model, not a quarter.
    [InlineData("The Audi Q3 is built in Hungary.", "quarter")]
    // Not the shape: a fifth quarter, a longer code, a code glued to more.
    [InlineData("The Q5 line was cut.", "quarter")]
    [InlineData("Seat Q12 was empty.", "quarter")]
    [InlineData("Part Q3-B failed.", "quarter")]
    public void Leaves_what_is_not_a_quarter(string written, string absent) =>
        Assert.DoesNotContain(absent, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
