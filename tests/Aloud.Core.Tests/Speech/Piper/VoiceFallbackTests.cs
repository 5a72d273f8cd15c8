using Aloud.Speech;

namespace Aloud.Tests.Speech.Piper;

/// <summary>A neural voice that is gone is replaced by a voice of the article's language, never silently by a typo's guess.</summary>
[Collection(Aloud.Tests.Speech.NeuralRuntimeCollection.Name)]
public sealed class VoiceFallbackTests
{
    private static readonly SpeechEngines Engines = new(catalogue: TinyVoices.Catalogue(("english", "wave", null)));

    [Fact]
    public void InstalledVoiceIsItself()
    {
        var (_, voice, replaced) = Engines.ResolveOrFallback("piper:english", "de");
        Assert.Equal("piper:english", voice.Id);
        Assert.False(replaced);
    }

    [Theory]
    [InlineData("en-GB", "piper:english")]
    [InlineData("de", "espeak:de")]
    [InlineData(null, "piper:english")]
    [InlineData("xx", "rms")]
    public void MissingVoiceFallsBackByLanguage(string? language, string expected)
    {
        var (engine, voice, replaced) = Engines.ResolveOrFallback("piper:removed", language);
        Assert.True(replaced);
        Assert.Equal(expected, voice.Id);
        Assert.Equal(voice.Engine, engine.Name);
    }

    [Fact]
    public void ResolveStillRefusesAMissingVoice() =>
        Assert.Throws<ArgumentException>(() => Engines.Resolve("piper:removed"));
}
