using Aloud.Speech;

namespace Aloud.Tests.Speech;

[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class SpeechEnginesTests
{
    private static readonly SpeechEngines Engines = new();

    [Theory]
    [InlineData("rms", "flite", "rms")]
    [InlineData(" SLT ", "flite", "slt")]
    [InlineData("flite:kal16", "flite", "kal16")]
    [InlineData("espeak:en-us", "espeak", "espeak:en-us")]
    [InlineData("espeak:EN-GB", "espeak", "espeak:en-gb")]
    [InlineData("de", "espeak", "espeak:de")]
    public void ResolvesVoiceNames(string name, string engine, string voiceId)
    {
        var (resolvedEngine, voice) = Engines.Resolve(name);

        Assert.Equal(engine, resolvedEngine.Name);
        Assert.Equal(voiceId, voice.Id);
        Assert.Contains(voice, resolvedEngine.Voices);
    }

    [Fact]
    public void TheDefaultVoiceIsFliteRms()
    {
        Assert.Equal("rms", Engines.Resolve(SpeechEngines.DefaultVoiceId).Voice.Id);
    }

    [Fact]
    public void AnUnknownVoiceNameGivesAOneLineMessageNamingTheEnglishVoices()
    {
        var e = Assert.Throws<ArgumentException>(() => Engines.Resolve("espeak:klingon"));

        Assert.StartsWith("unknown voice 'espeak:klingon': English voices are rms, slt, awb, kal16, espeak:en-us, espeak:en-gb", e.Message);
        Assert.Contains("'aloud voices' lists all", e.Message);
        Assert.DoesNotContain("espeak:de", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void ListsEveryVoiceOfEveryInstalledEngineOnce()
    {
        var ids = Engines.Voices.Select(v => v.Id).ToList();

        Assert.Equal("rms", ids[0]);
        Assert.Contains("espeak:en-us", ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Empty(Engines.MissingEngines);
    }
}
