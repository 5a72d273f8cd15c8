using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ZeroScoresClubLineTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A result line of British clubs says "nil", even in a month-first document.
    [InlineData("Saturday Cup: Oakhurst Rovers 2-0 Millbeck; Fernside 0-0 Quarry Albion", "Saturday Cup, Oakhurst Rovers two nil Millbeck, Fernside nil nil Quarry Albion.")]
    // Two words a British line shares with American soccer are enough together.
    [InlineData("Combination League: Dunmore United 4-0 Castle Vale", "Combination League, Dunmore United four nil Castle Vale.")]
    public void SaysNil(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // American soccer keeps its zero.
    [InlineData("NWSL: Portland Athletic 1-0 Denver United", "N W S L, Portland Athletic one to zero Denver United.")]
    // One shared word alone is not enough.
    [InlineData("Soccer: Brookfield 2-0 Lakeview", "Soccer, Brookfield two to zero Lakeview.")]
    public void KeepsZero(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
