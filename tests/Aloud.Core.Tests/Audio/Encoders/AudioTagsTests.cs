using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders;

public class AudioTagsTests
{
    [Fact]
    public void SyntheticMarkNamesTheGeneratorAndTheVoice()
    {
        Assert.Equal("synthetic-speech; generator=Aloud; voice=rms", new AudioTags { Voice = "rms" }.SyntheticMark);
    }

    [Fact]
    public void SyntheticMarkLeavesOutAnUnknownVoice()
    {
        Assert.Equal("synthetic-speech; generator=Aloud", new AudioTags().SyntheticMark);
        Assert.Equal("synthetic-speech; generator=Aloud", new AudioTags { Voice = " " }.SyntheticMark);
    }

    [Fact]
    public void SyntheticMarkKeepsSeparatorsOutOfTheValuesSoItParsesBack()
    {
        var tags = new AudioTags { Generator = "Aloud 2; beta", Voice = "en=us\nx" };

        Assert.Equal("synthetic-speech; generator=Aloud 2  beta; voice=en us x", tags.SyntheticMark);
        string[] parts = tags.SyntheticMark.Split("; ");
        Assert.Equal(3, parts.Length);
        Assert.All(parts.Skip(1), p => Assert.Single(p, '='));
    }

    [Fact]
    public void GeneratorDefaultsToAloudAndTagsAreValues()
    {
        Assert.Equal("Aloud", new AudioTags().Generator);
        Assert.Equal(new AudioTags { Title = "T", Voice = "rms" }, new AudioTags { Title = "T", Voice = "rms" });
    }
}
