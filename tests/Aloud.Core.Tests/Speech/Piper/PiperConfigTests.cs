using Aloud.Speech;
using Aloud.Speech.Piper;

namespace Aloud.Tests.Speech.Piper;

public sealed class PiperConfigTests
{
    [Fact]
    public void ReadsWhatTheEngineNeedsAndIgnoresTheRest()
    {
        var config = PiperConfig.Parse(TinyVoices.Config(16000), "test.onnx.json");
        Assert.Equal(16000, config.SampleRate);
        Assert.Equal("en-us", config.EspeakVoice);
        Assert.Equal("en-US", config.Language);
        Assert.Equal("x_low", config.Quality);
        Assert.Equal(0.667, config.NoiseScale);
        Assert.Equal(1.0, config.LengthScale);
        Assert.Equal(0.8, config.NoiseW);
        Assert.Equal(1, config.NumSpeakers);
        Assert.Equal([0L], config.PhonemeIdMap["_"]);
        Assert.Equal(TinyVoices.Symbols.Count, config.PhonemeIdMap.Count);
    }

    [Fact]
    public void NumbersMayBeWrittenAsDoubles()
    {
        var json = TinyVoices.Config().Replace("\"sample_rate\":22050", "\"sample_rate\":22050.0", StringComparison.Ordinal)
            .Replace("\"_\":[0]", "\"_\":[0.0]", StringComparison.Ordinal);
        var config = PiperConfig.Parse(json, "test");
        Assert.Equal(22050, config.SampleRate);
        Assert.Equal([0L], config.PhonemeIdMap["_"]);
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"audio\":{}}", "audio.sample_rate is missing")]
    [InlineData("{\"audio\":{\"sample_rate\":\"fast\"}}", "audio.sample_rate must be a number")]
    [InlineData("{\"audio\":{\"sample_rate\":22050.5}}", "whole number of Hz")]
    [InlineData("{\"audio\":{\"sample_rate\":22050},\"espeak\":{\"voice\":\"en-us\"}}", "phoneme_id_map is missing")]
    [InlineData("{\"audio\":{\"sample_rate\":22050},\"espeak\":{\"voice\":\"en-us\"},\"phoneme_id_map\":{\"^\":[1],\"$\":[2]}}", "no \"_\"")]
    [InlineData("{\"audio\":{\"sample_rate\":22050},\"espeak\":{\"voice\":\"en-us\"},\"phoneme_id_map\":{\"_\":[-1],\"^\":[1],\"$\":[2]}}", "whole numbers from 0")]
    [InlineData("{\"audio\":{\"sample_rate\":22050},\"phoneme_id_map\":{\"_\":[0],\"^\":[1],\"$\":[2]}}", "espeak.voice is missing")]
    [InlineData("{\"audio\":{\"sample_rate\":22050},\"phoneme_type\":\"pinyin\"}", "phoneme_type \"pinyin\"")]
    public void BrokenConfigIsOneLineNamingTheFileAndTheField(string json, string message)
    {
        var error = Assert.Throws<VoiceFileException>(() => PiperConfig.Parse(json, "voice.onnx.json"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("voice.onnx.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ScaleOutOfRangeIsRefused()
    {
        var json = TinyVoices.Config(edit: c => c["inference"] = new Dictionary<string, object?> { ["length_scale"] = 0 });
        var error = Assert.Throws<VoiceFileException>(() => PiperConfig.Parse(json, "v.json"));
        Assert.Contains("inference.length_scale", error.Message, StringComparison.Ordinal);
    }
}
