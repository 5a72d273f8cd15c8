using System.Security.Cryptography;
using Aloud.Ingest;
using Aloud.Speech.Kokoro;

namespace Aloud.Speech.Voices;

/// <summary>
/// Installs a Kokoro model from a local folder holding the model (<c>MODEL.onnx</c>, with no Piper
/// <c>.onnx.json</c> beside it), its voices file (a NumPy <c>.npz</c>, which kokoro-onnx names <c>voices-v1.0.bin</c>)
/// and Kokoro's <c>config.json</c> (the vocabulary): one voice per style-vector array whose language eSpeak NG can
/// phonemise (<see cref="KokoroLanguages"/>), the others reported as skipped. Checked before anything goes in: the
/// config parses, the model loads with Kokoro's inputs and outputs, and every style array is float32
/// [rows, 1, style size] or [rows, style size]. Files are staged beside the catalogue and moved in whole.
/// </summary>
public sealed class KokoroInstaller(VoiceCatalogue catalogue)
{
    /// <summary>What an install did: each voice's outcome, and the voices of the file not offered, with why.</summary>
    public sealed record Result(IReadOnlyList<(InstalledKokoroVoice Voice, InstallOutcome Outcome)> Voices, IReadOnlyList<(string Name, string Why)> Skipped);

    /// <summary>Whether a source is a folder with a Kokoro config in it (so it is installed as Kokoro, not Piper).</summary>
    public static bool Holds(string source) =>
        Directory.Exists(source) && File.Exists(Path.Combine(source, KokoroConfig.FileName)) && KokoroConfig.Looks(Path.Combine(source, KokoroConfig.FileName));

    /// <summary>Installs the Kokoro model and voices a folder holds.</summary>
    /// <param name="source">The folder.</param>
    /// <param name="replace">Replace a model of the same name whose files differ, or voices whose style vectors differ.</param>
    /// <exception cref="AloudInputException">The folder is not a Kokoro model, or a file is broken.</exception>
    public Result Install(string source, bool replace = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!Directory.Exists(source))
        {
            throw new AloudInputException($"{source} is not a folder: a Kokoro model is installed from a folder with MODEL.onnx, its voices file (.npz or .bin) and config.json");
        }

        var modelFile = One(source, Directory.EnumerateFiles(source, "*.onnx").Where(m => !File.Exists(m + ".json")), "model (.onnx)");
        var voicesFile = One(source, Directory.EnumerateFiles(source, "*.npz").Concat(Directory.EnumerateFiles(source, "*.bin")), "voices file (.npz or .bin)");
        var model = Path.GetFileNameWithoutExtension(modelFile);
        if (!VoiceNames.IsValid(model))
        {
            throw new AloudInputException($"{modelFile}: \"{model}\" cannot be a model name (letters, digits, '_', '-', '.', '+'; at most 128)");
        }

        try
        {
            return Install(source, model, modelFile, voicesFile, replace);
        }
        catch (VoiceFileException e)
        {
            throw new AloudInputException(e.Message, e);
        }
    }

    private Result Install(string source, string model, string modelFile, string voicesFile, bool replace)
    {
        _ = KokoroConfig.Load(Path.Combine(source, KokoroConfig.FileName));
        int styleSize;
        using (var session = KokoroModel.Load(modelFile, threads: 1))
        {
            styleSize = session.StyleSize;
        }

        var offered = new List<string>();
        var skipped = new List<(string, string)>();
        foreach (var name in NumpyArrays.NpzNames(voicesFile))
        {
            if (!VoiceNames.IsValid(name))
            {
                skipped.Add((name, "not a usable voice name"));
            }
            else if (KokoroLanguages.Of(name) is null)
            {
                skipped.Add((name, KokoroLanguages.WhyNot(name)));
            }
            else
            {
                offered.Add(name);
            }
        }

        if (offered.Count == 0)
        {
            throw new AloudInputException($"{voicesFile} has no voice Aloud can read ({(skipped.Count == 0 ? "no arrays" : $"{skipped.Count} skipped: {skipped[0].Item2}")})");
        }

        foreach (var name in offered)
        {
            if (catalogue.InstalledKokoro().FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase) && v.Model != model) is { } other)
            {
                throw new AloudInputException($"{other.Id} is installed already from the model {other.Model}: 'aloud voices remove {other.Id}' first");
            }
        }

        var root = Path.Combine(catalogue.Folder, InstalledKokoroVoice.Engine);
        Directory.CreateDirectory(root);
        var staged = Path.Combine(root, $".{model}.{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(Path.Combine(staged, VoiceCatalogue.KokoroStyles));
            File.Copy(modelFile, Path.Combine(staged, model + ".onnx"));
            File.Copy(Path.Combine(source, KokoroConfig.FileName), Path.Combine(staged, KokoroConfig.FileName));
            foreach (var name in offered)
            {
                var bytes = NumpyArrays.NpzMemberBytes(voicesFile, name);
                CheckStyle(NumpyArrays.ReadNpy(bytes, $"{voicesFile}:{name}"), styleSize, $"{voicesFile}: voice {name}");
                File.WriteAllBytes(Path.Combine(staged, VoiceCatalogue.KokoroStyles, name + ".npy"), bytes);
            }

            return new Result(Commit(model, staged, offered, replace), skipped);
        }
        finally
        {
            if (Directory.Exists(staged))
            {
                Directory.Delete(staged, recursive: true);
            }
        }
    }

    /// <summary>A style array must have one row per phoneme count, each row the model's style size.</summary>
    internal static void CheckStyle(FloatArray style, int styleSize, string where)
    {
        var shape = style.Shape;
        var ok = shape.Count switch
        {
            3 => shape[0] > 0 && shape[1] == 1 && shape[2] == styleSize,
            2 => shape[0] > 0 && shape[1] == styleSize,
            _ => false,
        };
        if (!ok)
        {
            throw new VoiceFileException($"{where}: the style array is [{string.Join(", ", shape)}], a Kokoro voice's is [rows, 1, {styleSize}]");
        }
    }

    private List<(InstalledKokoroVoice, InstallOutcome)> Commit(string model, string staged, List<string> names, bool replace)
    {
        var target = catalogue.KokoroFolder(model);
        var outcomes = new Dictionary<string, InstallOutcome>(StringComparer.Ordinal);
        if (!Directory.Exists(target))
        {
            Directory.Move(staged, target);
            names.ForEach(n => outcomes[n] = InstallOutcome.Installed);
        }
        else if (SameFile(staged, target, model + ".onnx") && SameFile(staged, target, KokoroConfig.FileName))
        {
            // The same model: add or update its voices one by one.
            Directory.CreateDirectory(Path.Combine(target, VoiceCatalogue.KokoroStyles));
            foreach (var name in names)
            {
                var file = Path.Combine(VoiceCatalogue.KokoroStyles, name + ".npy");
                outcomes[name] = !File.Exists(Path.Combine(target, file)) ? InstallOutcome.Installed
                    : SameFile(staged, target, file) ? InstallOutcome.AlreadyInstalled
                    : replace ? InstallOutcome.Replaced
                    : throw new AloudInputException($"kokoro:{name} is already installed with another style vector: 'aloud voices remove kokoro:{name}' first, or install with --force");
            }

            foreach (var name in names.Where(n => outcomes[n] != InstallOutcome.AlreadyInstalled))
            {
                var file = Path.Combine(VoiceCatalogue.KokoroStyles, name + ".npy");
                File.Move(Path.Combine(staged, file), Path.Combine(target, file), overwrite: true);
            }
        }
        else if (!replace)
        {
            throw new AloudInputException($"the Kokoro model {model} is already installed with other files: remove its voices first, or install with --force");
        }
        else
        {
            Directory.Delete(target, recursive: true);
            Directory.Move(staged, target);
            names.ForEach(n => outcomes[n] = InstallOutcome.Replaced);
        }

        var installed = catalogue.InstalledKokoro().Where(v => v.Model == model).ToDictionary(v => v.Name, StringComparer.Ordinal);
        return names.Where(installed.ContainsKey).Select(n => (installed[n], outcomes[n])).ToList();
    }

    private static string One(string source, IEnumerable<string> files, string what)
    {
        var found = files.Order(StringComparer.Ordinal).ToList();
        return found.Count switch
        {
            1 => found[0],
            0 => throw new AloudInputException($"{source} holds no Kokoro {what}: a Kokoro model is installed from a folder with MODEL.onnx, its voices file (.npz or .bin) and config.json"),
            _ => throw new AloudInputException($"{source} holds {found.Count} Kokoro {what}s ({string.Join(", ", found.Select(Path.GetFileName))}): put one model in a folder"),
        };
    }

    private static bool SameFile(string a, string b, string relative) =>
        File.Exists(Path.Combine(b, relative)) && Sha256Of(Path.Combine(a, relative)) == Sha256Of(Path.Combine(b, relative));

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
