using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>/api/voices lists the engines' voices and the installed catalogue's (Aloud:Voices), with what a catalogue voice says of itself.</summary>
public sealed class VoiceEndpointsTests
{
    [Fact]
    public async Task ListsCatalogueVoicesPiperAndKokoroWithQualitySpeakersAndLicence()
    {
        var catalogue = Path.Combine(Path.GetTempPath(), "aloud-voices-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(catalogue, "piper", "en_US-test-low");
        Directory.CreateDirectory(folder);
        // Listing reads only the config: the model is not loaded, so any bytes do here.
        File.WriteAllBytes(Path.Combine(folder, "en_US-test-low.onnx"), [0]);
        File.WriteAllText(Path.Combine(folder, "en_US-test-low.onnx.json"), """
            {"audio": {"sample_rate": 16000, "quality": "low"}, "espeak": {"voice": "en-us"}, "language": {"code": "en_US"},
             "phoneme_id_map": {"_": [0], "^": [1], "$": [2]}, "num_speakers": 2, "speaker_id_map": {"ann": 0, "ben": 1}, "license": "MIT"}
            """);
        Directory.CreateDirectory(Path.Combine(catalogue, "piper", "broken"));
        // A Kokoro model: listing reads only the style files' names.
        var kokoro = Path.Combine(catalogue, "kokoro", "kokoro-v1.0");
        Directory.CreateDirectory(Path.Combine(kokoro, "voices"));
        File.WriteAllBytes(Path.Combine(kokoro, "kokoro-v1.0.onnx"), [0]);
        File.WriteAllText(Path.Combine(kokoro, "config.json"), """{"vocab": {"a": 1}}""");
        File.WriteAllBytes(Path.Combine(kokoro, "voices", "bf_test.npy"), [0]);
        await using var app = new AloudAppFactory(new() { ["Aloud:Voices"] = catalogue });

        var body = await app.KeyedClient().GetFromJsonAsync<JsonElement>("/api/voices");

        var voices = body.GetProperty("voices").EnumerateArray().ToList();
        var piper = voices.Single(v => v.GetProperty("id").GetString() == "piper:en_US-test-low");
        Assert.Equal("piper", piper.GetProperty("engine").GetString());
        Assert.Equal("en-US", piper.GetProperty("language").GetString());
        Assert.Equal(16000, piper.GetProperty("sampleRate").GetInt32());
        Assert.Equal("low", piper.GetProperty("quality").GetString());
        Assert.Equal(["ann", "ben"], piper.GetProperty("speakers").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("MIT", piper.GetProperty("licence").GetString());
        Assert.Contains(voices, v => v.GetProperty("id").GetString() == "rms");
        var kokoroVoice = voices.Single(v => v.GetProperty("id").GetString() == "kokoro:bf_test");
        Assert.Equal("kokoro", kokoroVoice.GetProperty("engine").GetString());
        Assert.Equal("en-GB", kokoroVoice.GetProperty("language").GetString());
        Assert.Equal(24000, kokoroVoice.GetProperty("sampleRate").GetInt32());
        Assert.Contains("Apache-2.0", kokoroVoice.GetProperty("licence").GetString(), StringComparison.Ordinal);
        Assert.Contains("broken", body.GetProperty("brokenVoices")[0].GetString(), StringComparison.Ordinal);
    }
}
