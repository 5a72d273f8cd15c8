using Aloud.Speech.Piper;

namespace Aloud.Speech.Voices;

/// <summary>
/// A voice installed in the <see cref="VoiceCatalogue"/>: where its files are and what its config says.
/// <see cref="Id"/> is what users type ("piper:en_US-amy-medium").
/// </summary>
public sealed record InstalledVoice(string Name, string Folder, string ModelPath, string ConfigPath, PiperConfig Config, string Licence)
{
    /// <summary>The engine name of every catalogue voice today.</summary>
    public const string PiperEngine = "piper";

    public string Id => PiperEngine + ":" + Name;

    /// <summary>The speakers by name, or "0".."N-1" when the config names none.</summary>
    public IReadOnlyList<string> Speakers => Config.SpeakerIdMap.Count > 0
        ? Config.SpeakerIdMap.OrderBy(s => s.Value).Select(s => s.Key).ToList()
        : Enumerable.Range(0, Config.NumSpeakers).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The voice as engines and listings know it (its first speaker).</summary>
    public Voice ToVoice() => new(
        Id, PiperEngine, Name, Config.Language, Config.SampleRate,
        $"Piper {Name}: {Config.Language}, quality {Config.Quality ?? "unknown"}, {Speakers.Count} speaker{(Speakers.Count == 1 ? "" : "s")}, licence {Licence}")
    {
        Revision = FilesRevision(),
    };

    /// <summary>
    /// The model's and the config's size and last write time: `voices install --force` writes new files, so a
    /// replaced voice gets a new revision. Hashing a model of tens of megabytes each time a voice is listed would
    /// cost more than it tells.
    /// </summary>
    private string FilesRevision()
    {
        static string Of(string path) => new FileInfo(path) is { Exists: true } file
            ? FormattableString.Invariant($"{file.Length}.{file.LastWriteTimeUtc.Ticks}")
            : "missing";
        return Of(ModelPath) + "-" + Of(ConfigPath);
    }
}
