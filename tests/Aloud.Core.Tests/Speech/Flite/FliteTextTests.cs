using Aloud.Speech.Flite;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Flite;

public sealed class FliteTextTests
{
    [Fact]
    public void JoinsWordsWithPausePunctuationAndTheTerminator()
    {
        Assert.Equal("Well, I think so, really?", FliteText.Build(Sentence("Well, I think so; really", '?')));
    }

    [Fact]
    public void HandsFliteAsciiOnly()
    {
        var text = FliteText.Build(Sentence("Stra\u00dfe caf\u00e9 \u2018quoted\u2019 \u4f60\u597d end"));

        Assert.Equal("Strasse cafe 'quoted' end.", text);
    }
}
