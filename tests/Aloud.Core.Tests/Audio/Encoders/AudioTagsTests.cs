using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Speech;

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

    [Fact]
    public void ForAnArticleTakesItsHeadlineBylineDayAndAddress()
    {
        var article = new Article(
            "Café déjà vu", "By Ana Ruiz", new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.FromHours(-5)), "en",
            new Uri("https://news.example/café"), []);
        var voice = new Voice("rms", "flite", "cmu_us_rms", "en-US", 16000, "male US English");

        AudioTags tags = AudioTags.For(article, voice);

        Assert.Equal("Café déjà vu", tags.Title);
        Assert.Equal("By Ana Ruiz", tags.Artist);
        Assert.Equal("2026-12-07", tags.Date); // the UTC day
        Assert.Equal("https://news.example/caf%C3%A9", tags.ArticleUrl);
        Assert.Equal("synthetic-speech; generator=Aloud; voice=rms", tags.SyntheticMark);
        Assert.Null(tags.Album);
    }

    [Fact]
    public void ForAnArticleWithoutMetadataLeavesTheFieldsEmpty()
    {
        AudioTags tags = AudioTags.For(new Article(null, null, null, "en", null, []), new Voice("en-us", "espeak", "en-us", "en-US", 22050, ""));

        Assert.Null(tags.Title);
        Assert.Null(tags.Date);
        Assert.Null(tags.ArticleUrl);
        Assert.Equal("synthetic-speech; generator=Aloud; voice=en-us", tags.SyntheticMark);
    }
}
