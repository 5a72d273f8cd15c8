using Aloud.Speech.Piper;

namespace Aloud.Speech.Voices;

/// <summary>
/// The neural voices installed on this machine: one folder per voice under <see cref="Folder"/>
/// (<c>piper/NAME/NAME.onnx</c> and <c>NAME.onnx.json</c>, as Piper ships them, plus its MODEL_CARD when there was
/// one). Listing reads only the configs, never the models, so listing voices never loads ONNX Runtime.
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

    /// <summary>Every voice whose files read; broken ones are in <see cref="Problems"/>.</summary>
    public IReadOnlyList<InstalledVoice> Installed() => Scan().Voices;

    /// <summary>One line for each voice folder whose files do not read.</summary>
    public IReadOnlyList<string> Problems() => Scan().Problems;

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
