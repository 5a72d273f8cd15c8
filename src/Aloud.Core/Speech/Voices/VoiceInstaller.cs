using System.Security.Cryptography;
using Aloud.Ingest;
using Aloud.Speech.Piper;

namespace Aloud.Speech.Voices;

/// <summary>What an install did to one voice.</summary>
public enum InstallOutcome
{
    Installed,
    /// <summary>The same files were installed already: nothing changed.</summary>
    AlreadyInstalled,
    /// <summary>Other files of that name were replaced (only when asked to).</summary>
    Replaced,
}

/// <summary>
/// Installs Piper voices into a <see cref="VoiceCatalogue"/> from a folder (every NAME.onnx with its NAME.onnx.json),
/// a file pair (either file named), or an http(s) URL of the .onnx (its config at the same URL + ".json", as the
/// Piper voice repositories lay them out) fetched by <see cref="SafeHttpFetcher"/>. Each voice is checked before it
/// goes in: the config parses, the model loads in ONNX Runtime with a Piper voice's inputs and outputs, and the
/// model's SHA-256 matches when one is given. Files are staged beside the catalogue and moved in whole, so a failed
/// or interrupted install leaves no half voice behind.
/// </summary>
public sealed class VoiceInstaller(VoiceCatalogue catalogue, SafeFetchOptions? fetchOptions = null)
{
    /// <summary>Download limits for voice files: models are tens to hundreds of megabytes.</summary>
    public static SafeFetchOptions DownloadDefaults { get; } = new()
    {
        MaxBytes = 512L * 1024 * 1024,
        Timeout = TimeSpan.FromMinutes(10),
        Accept = "application/octet-stream, application/json;q=0.9, */*;q=0.5",
    };

    private readonly SafeFetchOptions _fetch = fetchOptions ?? DownloadDefaults;

    /// <summary>Installs every voice <paramref name="source"/> holds.</summary>
    /// <param name="source">A folder, a NAME.onnx or NAME.onnx.json path, or an http(s) URL of a NAME.onnx.</param>
    /// <param name="sha256">The model's expected SHA-256 (hex), for a source with one voice.</param>
    /// <param name="replace">Replace a voice of the same name whose files differ (otherwise that is an error).</param>
    /// <param name="cancellation">Stops a download.</param>
    /// <exception cref="AloudInputException">The source is missing, unreachable, broken or not a Piper voice.</exception>
    public async Task<IReadOnlyList<(InstalledVoice Voice, InstallOutcome Outcome)>> InstallAsync(
        string source, string? sha256 = null, bool replace = false, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var expected = sha256 is null ? null : NormalizeSha(sha256);
        var piper = Path.Combine(catalogue.Folder, InstalledVoice.PiperEngine);
        Directory.CreateDirectory(piper);
        var staged = new List<(string Name, string Dir)>();
        try
        {
            if (Uri.TryCreate(source, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
            {
                staged.Add(await DownloadAsync(url, piper, cancellation).ConfigureAwait(false));
            }
            else
            {
                foreach (var (name, model, config) in LocalPairs(source))
                {
                    var dir = StagingDir(piper, name);
                    File.Copy(model, Path.Combine(dir, name + ".onnx"));
                    File.Copy(config, Path.Combine(dir, name + ".onnx.json"));
                    var card = Path.Combine(Path.GetDirectoryName(model)!, "MODEL_CARD");
                    if (File.Exists(card))
                    {
                        File.Copy(card, Path.Combine(dir, "MODEL_CARD"));
                    }

                    staged.Add((name, dir));
                }
            }

            if (expected is not null && staged.Count != 1)
            {
                throw new AloudInputException($"--sha256 checks one voice, but {source} holds {staged.Count}");
            }

            var results = new List<(InstalledVoice, InstallOutcome)>();
            foreach (var (name, dir) in staged)
            {
                results.Add(Commit(name, dir, expected, replace));
            }

            return results;
        }
        finally
        {
            foreach (var (_, dir) in staged.Where(s => Directory.Exists(s.Dir)))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private (InstalledVoice, InstallOutcome) Commit(string name, string staged, string? expectedSha, bool replace)
    {
        var model = Path.Combine(staged, name + ".onnx");
        if (expectedSha is not null && Sha256Of(model) is var actual && actual != expectedSha)
        {
            throw new AloudInputException($"checksum mismatch for {name}.onnx: expected {expectedSha}, got {actual}; nothing was installed");
        }

        var voice = VoiceCatalogue.Read(staged, name, out var problem) ?? throw new AloudInputException(problem ?? $"{name}: the voice files do not read");
        Check(voice);
        var target = catalogue.PiperFolder(name);
        var outcome = InstallOutcome.Installed;
        if (Directory.Exists(target))
        {
            if (SameFiles(staged, target, name))
            {
                return (VoiceCatalogue.Read(target, out _) ?? voice, InstallOutcome.AlreadyInstalled);
            }

            if (!replace)
            {
                throw new AloudInputException($"{voice.Id} is already installed with other files: 'aloud voices remove {voice.Id}' first, or install with --force");
            }

            Directory.Delete(target, recursive: true);
            outcome = InstallOutcome.Replaced;
        }

        Directory.Move(staged, target);
        return (VoiceCatalogue.Read(target, out _)!, outcome);
    }

    /// <summary>Loads the model once, which checks its inputs and outputs against the config; then lets it go.</summary>
    private static void Check(InstalledVoice voice)
    {
        try
        {
            using var model = PiperModel.Load(voice.ModelPath, voice.Config, threads: 1);
        }
        catch (VoiceFileException e)
        {
            throw new AloudInputException(e.Message.Replace(voice.Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), e);
        }
    }

    private async Task<(string, string)> DownloadAsync(Uri url, string piper, CancellationToken cancellation)
    {
        var path = url.AbsolutePath;
        var modelUrl = path.EndsWith(".onnx.json", StringComparison.OrdinalIgnoreCase) ? new Uri(url.GetLeftPart(UriPartial.Path)[..^5]) : url;
        var file = Uri.UnescapeDataString(modelUrl.AbsolutePath.Split('/')[^1]);
        if (!file.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new AloudInputException($"{url} does not name a .onnx model (a Piper voice's URL ends in NAME.onnx; its config is NAME.onnx.json beside it)");
        }

        var name = ValidName(file[..^5], url.ToString());
        var fetcher = new SafeHttpFetcher(_fetch);
        var configUrl = new Uri(modelUrl.GetLeftPart(UriPartial.Path) + ".json" + modelUrl.Query);
        var config = await fetcher.FetchAsync(configUrl, cancellation).ConfigureAwait(false);
        PiperConfig.Parse(System.Text.Encoding.UTF8.GetString(config.Bytes), configUrl.ToString());
        var model = await fetcher.FetchAsync(modelUrl, cancellation).ConfigureAwait(false);
        var dir = StagingDir(piper, name);
        await File.WriteAllBytesAsync(Path.Combine(dir, name + ".onnx.json"), config.Bytes, cancellation).ConfigureAwait(false);
        await File.WriteAllBytesAsync(Path.Combine(dir, name + ".onnx"), model.Bytes, cancellation).ConfigureAwait(false);
        return (name, dir);
    }

    /// <summary>The (name, model, config) triples a local source holds.</summary>
    private static List<(string Name, string Model, string Config)> LocalPairs(string source)
    {
        if (Directory.Exists(source))
        {
            var pairs = Directory.EnumerateFiles(source, "*.onnx").Order(StringComparer.Ordinal)
                .Where(m => File.Exists(m + ".json"))
                .Select(m => (ValidName(Path.GetFileNameWithoutExtension(m), m), m, m + ".json"))
                .ToList();
            return pairs.Count > 0 ? pairs : throw new AloudInputException($"{source} holds no Piper voice: no NAME.onnx with its NAME.onnx.json beside it");
        }

        if (!File.Exists(source))
        {
            throw new AloudInputException($"{source} does not exist: give a folder, a NAME.onnx (with NAME.onnx.json beside it) or an http(s) URL");
        }

        var model = source.EndsWith(".onnx.json", StringComparison.OrdinalIgnoreCase) ? source[..^5] : source;
        if (!model.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
        {
            throw new AloudInputException($"{source} is not a Piper voice file: name NAME.onnx or NAME.onnx.json");
        }

        if (!File.Exists(model) || !File.Exists(model + ".json"))
        {
            throw new AloudInputException($"a Piper voice is a pair of files: {Path.GetFileName(model)} and {Path.GetFileName(model)}.json, side by side; one is missing");
        }

        return [(ValidName(Path.GetFileNameWithoutExtension(model), model), model, model + ".json")];
    }

    private static string ValidName(string name, string where) => VoiceNames.IsValid(name)
        ? name
        : throw new AloudInputException($"{where}: \"{name}\" cannot be a voice name (letters, digits, '_', '-', '.', '+'; at most 128)");

    private static string StagingDir(string piper, string name)
    {
        var dir = Path.Combine(piper, $".{name}.{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static bool SameFiles(string a, string b, string name) =>
        new[] { ".onnx", ".onnx.json" }.All(ext =>
            File.Exists(Path.Combine(b, name + ext)) && Sha256Of(Path.Combine(a, name + ext)) == Sha256Of(Path.Combine(b, name + ext)));

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string NormalizeSha(string sha)
    {
        var hex = sha.Trim().ToLowerInvariant();
        if (hex.StartsWith("sha256:", StringComparison.Ordinal))
        {
            hex = hex[7..];
        }

        return hex.Length == 64 && hex.All(Uri.IsHexDigit)
            ? hex
            : throw new AloudInputException($"--sha256 must be 64 hex digits (got \"{sha}\")");
    }
}
