using Aloud.Speech.Piper;

namespace Aloud.Speech.Voices;

/// <summary>
/// The neural voices installed on this machine: one folder per voice under <see cref="Folder"/>
/// (<c>piper/NAME/NAME.onnx</c> and <c>NAME.onnx.json</c>, as Piper ships them, plus its MODEL_CARD when there was
/// one). Kokoro models live beside them: <c>kokoro/MODEL/MODEL.onnx</c>, its <c>config.json</c>, and one
/// <c>voices/NAME.npy</c> per voice (one style-vector array of the model's voices file), so a voice is removed
/// alone and the model goes with its last voice. Listing reads only the Piper configs and the Kokoro file names,
/// never the models, so listing voices never loads ONNX Runtime.
/// </summary>
public sealed class VoiceCatalogue(string folder)
{
    /// <summary>The environment variable that moves the catalogue.</summary>
    public const string FolderVariable = "ALOUD_VOICES";

    /// <summary>
    /// <c>$ALOUD_VOICES</c> when set, else <c>$XDG_DATA_HOME/aloud/voices</c>, else <c>~/.local/share/aloud/voices</c>:
    /// one place per user that the CLI and a server started by the same user share.
    /// </summary>
    public static string DefaultFolder
    {
        get
        {
            if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } set)
            {
                return Path.GetFullPath(set);
            }

            var data = Environment.GetEnvironmentVariable("XDG_DATA_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
            return Path.Combine(data, "aloud", "voices");
        }
    }

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Where a Piper voice of this name lives.</summary>
    public string PiperFolder(string name) => Path.Combine(Folder, InstalledVoice.PiperEngine, name);

    /// <summary>The folder of a Kokoro voice's style vectors inside its model's folder.</summary>
    public const string KokoroStyles = "voices";

    /// <summary>Where a Kokoro model of this name lives.</summary>
    public string KokoroFolder(string model) => Path.Combine(Folder, InstalledKokoroVoice.Engine, model);

    /// <summary>Every Piper voice whose files read; broken ones are in <see cref="Problems"/>.</summary>
    public IReadOnlyList<InstalledVoice> Installed() => Scan().Voices;

    /// <summary>Every Kokoro voice whose model is in place, by name; a name two models have is the first model's (by name).</summary>
    public IReadOnlyList<InstalledKokoroVoice> InstalledKokoro() => ScanKokoro().Voices;

    /// <summary>One line for each voice folder whose files do not read.</summary>
    public IReadOnlyList<string> Problems() => [.. Scan().Problems, .. ScanKokoro().Problems];

    /// <summary>The installed Kokoro voice with this id ("kokoro:NAME", case-insensitive), or null.</summary>
    public InstalledKokoroVoice? FindKokoro(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var prefix = InstalledKokoroVoice.Engine + ":";
        if (!id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = id[prefix.Length..];
        var voices = InstalledKokoro();
        return voices.FirstOrDefault(v => v.Name == name) ?? voices.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The installed voice with this id ("piper:NAME", case-insensitive), or null.</summary>
    public InstalledVoice? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var prefix = InstalledVoice.PiperEngine + ":";
        if (!id.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var name = id[prefix.Length..];
        return VoiceNames.IsValid(name) ? Read(PiperFolder(name), out _) ?? FindIgnoringCase(name) : null;
    }

    /// <summary>Removes a voice; false when none has that id.</summary>
    public bool Remove(string id)
    {
        if (FindKokoro(id ?? throw new ArgumentNullException(nameof(id))) is { } kokoro)
        {
            File.Delete(kokoro.StylePath);
            var styles = Path.GetDirectoryName(kokoro.StylePath)!;
            if (!Directory.EnumerateFiles(styles, "*.npy").Any())
            {
                Directory.Delete(kokoro.ModelFolder, recursive: true); // the model goes with its last voice
            }

            return true;
        }

        if (Find(id) is not { } voice)
        {
            return false;
        }

        Directory.Delete(voice.Folder, recursive: true);
        return true;
    }

    private InstalledVoice? FindIgnoringCase(string name) =>
        Installed().FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    private (List<InstalledVoice> Voices, List<string> Problems) Scan()
    {
        var voices = new List<InstalledVoice>();
        var problems = new List<string>();
        var piper = Path.Combine(Folder, InstalledVoice.PiperEngine);
        if (!Directory.Exists(piper))
        {
            return (voices, problems);
        }

        foreach (var dir in Directory.EnumerateDirectories(piper).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(dir).StartsWith('.'))
            {
                continue; // an install in progress
            }

            if (Read(dir, out var problem) is { } voice)
            {
                voices.Add(voice);
            }
            else if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return (voices, problems);
    }

    private (List<InstalledKokoroVoice> Voices, List<string> Problems) ScanKokoro()
    {
        var voices = new List<InstalledKokoroVoice>();
        var problems = new List<string>();
        var root = Path.Combine(Folder, InstalledKokoroVoice.Engine);
        if (!Directory.Exists(root))
        {
            return (voices, problems);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var dir in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var model = Path.GetFileName(dir);
            if (model.StartsWith('.'))
            {
                continue; // an install in progress
            }

            if (!File.Exists(Path.Combine(dir, model + ".onnx")) || !File.Exists(Path.Combine(dir, Kokoro.KokoroConfig.FileName)))
            {
                problems.Add($"{dir}: {model}.onnx or {Kokoro.KokoroConfig.FileName} is missing (reinstall the model)");
                continue;
            }

            var styles = Path.Combine(dir, KokoroStyles);
            foreach (var file in Directory.Exists(styles) ? Directory.EnumerateFiles(styles, "*.npy").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (VoiceNames.IsValid(name) && Kokoro.KokoroLanguages.Of(name) is { } language && seen.Add(name))
                {
                    voices.Add(new InstalledKokoroVoice(name, model, dir, language.Language, language.Espeak));
                }
            }
        }

        return (voices, problems);
    }

    /// <summary>Reads one voice folder, or says why it cannot.</summary>
    internal static InstalledVoice? Read(string dir, out string? problem) => Read(dir, Path.GetFileName(dir), out problem);

    /// <summary>Reads the voice <paramref name="name"/> from a folder (an install's staging folder has another name).</summary>
    internal static InstalledVoice? Read(string dir, string name, out string? problem)
    {
        problem = null;
        var model = Path.Combine(dir, name + ".onnx");
        var config = model + ".json";
        if (!Directory.Exists(dir))
        {
            return null;
        }

        if (!File.Exists(model) || !File.Exists(config))
        {
            problem = $"{dir}: {name}.onnx or {name}.onnx.json is missing (reinstall the voice)";
            return null;
        }

        try
        {
            var parsed = PiperConfig.Load(config);
            var licence = parsed.Licence ?? (File.Exists(Path.Combine(dir, "MODEL_CARD")) ? "see MODEL_CARD" : "unknown");
            return new InstalledVoice(name, dir, model, config, parsed, licence);
        }
        catch (VoiceFileException e)
        {
            problem = e.Message;
            return null;
        }
    }
}
