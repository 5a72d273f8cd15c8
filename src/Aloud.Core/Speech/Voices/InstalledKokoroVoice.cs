using Aloud.Speech.Kokoro;

namespace Aloud.Speech.Voices;

/// <summary>
/// A Kokoro voice installed in the <see cref="VoiceCatalogue"/>: one style-vector file
/// (<c>kokoro/MODEL/voices/NAME.npy</c>) of the Kokoro model beside it (<c>MODEL.onnx</c> and <c>config.json</c>).
/// <see cref="Id"/> is what users type ("kokoro:af_heart"). Listing reads no file: the language comes from the name.
/// </summary>
public sealed record InstalledKokoroVoice(string Name, string Model, string ModelFolder, string Language, string EspeakVoice)
{
    /// <summary>The engine name of Kokoro voices.</summary>
    public const string Engine = "kokoro";

    public string Id => Engine + ":" + Name;

    /// <summary>Kokoro-82M's weights and voices are Apache-2.0; another model's are what its source says.</summary>
    public string Licence => "see the model's source (Kokoro-82M is Apache-2.0)";

    public string ModelPath => Path.Combine(ModelFolder, Model + ".onnx");

    public string ConfigPath => Path.Combine(ModelFolder, KokoroConfig.FileName);

    public string StylePath => Path.Combine(ModelFolder, VoiceCatalogue.KokoroStyles, Name + ".npy");

    /// <summary>The voice as engines and listings know it.</summary>
    public Voice ToVoice() => new(Id, Engine, Name, Language, KokoroModel.SampleRate, $"Kokoro {Name} ({Model}): {Language}, 1 speaker, licence {Licence}")
    {
        Revision = Of(ModelPath) + "-" + Of(ConfigPath) + "-" + Of(StylePath),
    };

    /// <summary>The model's files' revision, which keys a loaded model (its voices share it).</summary>
    public string ModelRevision => Of(ModelPath) + "-" + Of(ConfigPath);

    // Size and write time, as for Piper voices: a --force install writes new files, so a replaced voice gets a new revision.
    private static string Of(string path) => new FileInfo(path) is { Exists: true } file
        ? FormattableString.Invariant($"{file.Length}.{file.LastWriteTimeUtc.Ticks}")
        : "missing";
}
