using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class TrackDistancePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A race verb before "the" and the distance: the race by its name, in hundreds.
    [InlineData("Bellamy ran the 3,200 for the first time.", "Bellamy ran the thirty-two hundred for the first time.")]
    // A race's time, title or final after it.
    [InlineData("The 1600 final was delayed by rain.", "The sixteen hundred final was delayed by rain.")]
    [InlineData("Quist held off two seniors in the 1,500 title race.", "Quist held off two seniors in the fifteen hundred title race.")]
    public void ReadsARaceInHundreds(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // The same figure with no race around it is a count.
    [InlineData("The district spent the 1,600 it had left.", "The district spent the one thousand six hundred it had left.")]
    // The long races keep their thousands.
    [InlineData("Ferro won the 5,000 in 15:02.4.", "Ferro won the five thousand in fifteen minutes two point four seconds.")]
    public void LeavesOtherFigures(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
