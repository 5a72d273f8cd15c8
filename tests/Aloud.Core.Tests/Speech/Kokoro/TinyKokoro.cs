using System.Text.Json;
using Aloud.Speech.Voices;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Speech.Kokoro;

/// <summary>
/// Tiny models with Kokoro's signature, their voices files and a config.json for them (tiny_voices.py writes the
/// models and .npz files; this writes the vocabulary): token id = the test symbol's index + 1, as 0 is Kokoro's pad.
/// </summary>
internal static class TinyKokoro
{
    /// <summary>The generated file (a model "kokoro-wave.onnx" or a voices file "voices.npz").</summary>
    public static string File(string name) => Path.Combine(Path.GetDirectoryName(TinyVoices.Model("wave"))!, name);

    /// <summary>The token id of a phoneme in the test vocabulary.</summary>
    public static long Id(string phoneme) => TinyVoices.Id(phoneme) + 1;

    /// <summary>A Kokoro config.json of the test symbols; <paramref name="leaveOut"/> are not in its vocabulary.</summary>
    public static string Config(params string[] leaveOut) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["istftnet"] = new Dictionary<string, object?> { ["upsample_kernel_sizes"] = new[] { 20, 12 } },
        ["n_token"] = 178,
        ["vocab"] = TinyVoices.Symbols.Where(s => !leaveOut.Contains(s)).ToDictionary(s => s, s => Id(s)),
    });

    /// <summary>A folder as a Kokoro release lays it out: kokoro-v1.0.onnx, voices-v1.0.bin and config.json.</summary>
    public static string Source(string model = "kokoro-wave", string voices = "voices.npz", string? config = null, string modelName = "kokoro-v1.0")
    {
        var dir = TinyVoices.Temp("kokoro-source");
        System.IO.File.Copy(File(model + ".onnx"), Path.Combine(dir, modelName + ".onnx"));
        System.IO.File.Copy(File(voices), Path.Combine(dir, "voices-v1.0.bin"));
        System.IO.File.WriteAllText(Path.Combine(dir, "config.json"), config ?? Config());
        return dir;
    }

    /// <summary>A new catalogue with a tiny Kokoro model installed through the installer.</summary>
    public static VoiceCatalogue Catalogue(string model = "kokoro-wave", string? config = null)
    {
        var catalogue = new VoiceCatalogue(TinyVoices.Temp("kokoro-catalogue"));
        new KokoroInstaller(catalogue).Install(Source(model, config: config));
        return catalogue;
    }
}
