using System.Text.Json;

namespace Aloud.Speech.Voices;

/// <summary>
/// The per-voice defaults of a catalogue: one small JSON file beside the installed voices
/// (<c>voice-defaults.json</c>: voice id to rate and pauses), so Flite and eSpeak voices, which have no folder of
/// their own, can carry defaults too, and a voice reinstalled with <c>--force</c> keeps them. Written whole
/// through a temporary file: a reader never sees half of it.
/// </summary>
public sealed class VoiceDefaultsFile(string catalogueFolder)
{
    public const string FileName = "voice-defaults.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public string Path { get; } = System.IO.Path.Combine(catalogueFolder, FileName);

    /// <summary>Every voice's defaults, by id (lower case); empty when the file is absent.</summary>
    /// <exception cref="VoiceFileException">The file is not valid: one line naming it and the parser's reason.</exception>
    public IReadOnlyDictionary<string, VoiceDefaults> ReadAll()
    {
        if (!File.Exists(Path))
        {
            return new Dictionary<string, VoiceDefaults>();
        }
        try
        {
            var read = JsonSerializer.Deserialize<Dictionary<string, VoiceDefaults>>(File.ReadAllText(Path), Json) ?? [];
            return read.Where(p => p.Value is not null).ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value.Validated());
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new VoiceFileException($"{Path}: not a valid voice defaults file: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>The defaults of one voice (none when it has none).</summary>
    public VoiceDefaults For(string voiceId) =>
        ReadAll().TryGetValue(voiceId.ToLowerInvariant(), out var defaults) ? defaults : VoiceDefaults.None;

    /// <summary>Sets a voice's defaults (empty ones remove its entry), keeping every other voice's.</summary>
    public void Set(string voiceId, VoiceDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var all = new SortedDictionary<string, VoiceDefaults>(ReadAll().ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal);
        var key = voiceId.ToLowerInvariant();
        if (defaults.Validated().IsEmpty)
        {
            all.Remove(key);
        }
        else
        {
            all[key] = defaults;
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var staged = Path + "." + Guid.NewGuid().ToString("n") + ".tmp";
        try
        {
            File.WriteAllText(staged, JsonSerializer.Serialize(all, Json));
            File.Move(staged, Path, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
        }
    }
}
