using System.Diagnostics;
using System.Text.Json;
using Aloud.Speech.Voices;

namespace Aloud.Tests.Speech.Piper;

/// <summary>
/// Tiny ONNX models with Piper's signature (written once per test run by tiny_voices.py with Debian's python3-onnx,
/// which scripts/install-packages.sh --test installs) and configs for them, installed into throwaway catalogues.
/// </summary>
internal static class TinyVoices
{
    /// <summary>The phonemes the test configs map, id = index: Piper's pad, start and end first.</summary>
    public static readonly IReadOnlyList<string> Symbols =
    [
        "_", "^", "$", " ", ",", ";", ".", "?", "!", "'", "-",
        .. "abcdefghijklmnopqrstuvwxyz".Select(c => c.ToString()),
        .. "æçðøŋœɐɑɒɔɕəɚɛɜɝɞɟɡɣɤɪɫɬɭɯɲɹɾʁʃʊʋʌʍʎʒʔʲˈˌːˑθχᵻ".Select(c => c.ToString()),
        "\u0303", "\u0329", "\u032a", "\u0361", "\u02b0",
    ];

    private static readonly Lazy<string> Models = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The path of a generated model ("echo", "wave", ...).</summary>
    public static string Model(string name) => Path.Combine(Models.Value, name + ".onnx");

    /// <summary>The id of a phoneme in the test configs.</summary>
    public static int Id(string phoneme) => Symbols.ToList().IndexOf(phoneme);

    /// <summary>A Piper config for the test symbols; <paramref name="edit"/> changes it before it is written.</summary>
    public static string Config(int sampleRate = 22050, Action<Dictionary<string, object?>>? edit = null)
    {
        var config = new Dictionary<string, object?>
        {
            ["audio"] = new Dictionary<string, object?> { ["sample_rate"] = sampleRate, ["quality"] = "x_low" },
            ["espeak"] = new Dictionary<string, object?> { ["voice"] = "en-us" },
            ["inference"] = new Dictionary<string, object?> { ["noise_scale"] = 0.667, ["length_scale"] = 1, ["noise_w"] = 0.8 },
            ["phoneme_type"] = "espeak",
            ["phoneme_map"] = new Dictionary<string, object?>(),
            ["phoneme_id_map"] = Symbols.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => (object?)new[] { p.i }),
            ["num_speakers"] = 1,
            ["speaker_id_map"] = new Dictionary<string, object?>(),
            ["language"] = new Dictionary<string, object?> { ["code"] = "en_US" },
            ["some_future_field"] = new[] { 1, 2, 3 },
        };
        edit?.Invoke(config);
        return JsonSerializer.Serialize(config);
    }

    /// <summary>A folder holding NAME.onnx (a copy of the generated <paramref name="model"/>) and NAME.onnx.json.</summary>
    public static string Pair(string parent, string name, string model, string? config = null)
    {
        Directory.CreateDirectory(parent);
        File.Copy(Model(model), Path.Combine(parent, name + ".onnx"), overwrite: true);
        File.WriteAllText(Path.Combine(parent, name + ".onnx.json"), config ?? Config());
        return parent;
    }

    /// <summary>A catalogue in a new temporary folder with the given voices already in place (not checked).</summary>
    public static VoiceCatalogue Catalogue(params (string Name, string Model, string? Config)[] voices)
    {
        var catalogue = new VoiceCatalogue(Temp("catalogue"));
        foreach (var (name, model, config) in voices)
        {
            Pair(catalogue.PiperFolder(name), name, model, config);
        }

        return catalogue;
    }

    /// <summary>
    /// A new folder under this test process's own temporary folder, deleted when the process ends where the test host
    /// lets exit handlers run, and otherwise by a later run (folders of runs over an hour old are removed).
    /// </summary>
    public static string Temp(string what)
    {
        var dir = Path.Combine(Root.Value, $"{what}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static readonly Lazy<string> Root = new(() =>
    {
        foreach (var stale in Directory.EnumerateDirectories(Path.GetTempPath(), "aloud-tests-voices-*")
            .Where(d => Directory.GetCreationTimeUtc(d) < DateTime.UtcNow.AddHours(-1)))
        {
            TryDelete(stale);
        }

        var root = Path.Combine(Path.GetTempPath(), $"aloud-tests-voices-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: another run may be using it, or a file is still open.
        }
    }

    private static string Build()
    {
        var dir = Temp("tiny-onnx");
        var script = Path.Combine(AppContext.BaseDirectory, "Speech", "Piper", "tiny_voices.py");
        using var python = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, dir, Symbols.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("could not start /usr/bin/python3");
        var stderr = python.StandardError.ReadToEndAsync();
        python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"tiny_voices.py failed (Debian's python3-onnx is needed: scripts/install-packages.sh --test installs it): {stderr.Result}");
        }

        return dir;
    }
}
