using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RaceTimePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A harness mile rate, and a time after "in" in a harness line, are said as the clock's figures.
    [InlineData("Brindle Comet paced a mile rate of 1:57.2.", "Brindle Comet paced a mile rate of one fifty-seven point two.")]
    [InlineData("Harness: Quill Song won in 2:04.6.", "Harness, Quill Song won in two oh four point six.")]
    public void ReadsAHarnessTime(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Elsewhere a race time keeps its minutes and seconds.
    [InlineData("Tovey won the 800 in 2:04.6.", "Tovey won the eight hundred in two minutes four point six seconds.")]
    public void KeepsMinutesAndSeconds(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
