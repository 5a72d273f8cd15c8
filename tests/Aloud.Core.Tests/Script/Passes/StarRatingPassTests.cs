using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class StarRatingPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Verdict: ★★★☆☆", "Verdict, three stars out of five.")]
    [InlineData("Our rating: ★★★★★", "Our rating, five stars.")]
    [InlineData("★ for effort.", "one star for effort.")]
    [InlineData("⭐⭐⭐⭐ from readers.", "four stars from readers.")]
    public void A_rating_drawn_in_stars_is_said(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void A_long_run_of_stars_is_decoration_and_stays_silent() =>
        Assert.Equal("Ends.", _normalizer.NormalizeToText("★★★★★★★★★★★★ Ends."));
}
