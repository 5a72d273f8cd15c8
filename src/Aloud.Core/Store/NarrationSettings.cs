using System.Text.Json;
using System.Text.Json.Serialization;

namespace Aloud.Store;

/// <summary>
/// How one article is narrated: the voice, the audio formats published, and which optional parts are read.
/// Stored with the article as JSON; part of each version's identity, so changing it narrates again.
/// </summary>
public sealed record NarrationSettings
{
    /// <summary>The default: Flite rms, MP3 and Ogg Opus, the intro read, captions left out, credits read.</summary>
    public static NarrationSettings Default { get; } = new();

    /// <summary>Every format the service can publish, by file extension.</summary>
    public static IReadOnlyList<string> KnownFormats { get; } = ["mp3", "ogg"];

    public string Voice { get; init; } = Speech.SpeechEngines.DefaultVoiceId;

    /// <summary>Speaking rate, 0.5 to 2.0; null: the voice's own default ('aloud voices set'), else 1.0.</summary>
    public double? Rate { get; init; }

    /// <summary>
    /// Voice ids by language tag for passages marked in another language (<c>{"de": "espeak:de"}</c>); null or a
    /// language left out: the default choice (decision 0014).
    /// </summary>
    public IReadOnlyDictionary<string, string>? VoicesFor { get; init; }

    /// <summary>File extensions of the audio formats to publish ("mp3", "ogg"); MP3 always comes first.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["mp3", "ogg"];

    public bool ReadIntro { get; init; } = true;
    public bool ReadCaptions { get; init; }
    public bool ReadCredits { get; init; } = true;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static NarrationSettings FromJson(string json) => JsonSerializer.Deserialize<NarrationSettings>(json, Json) ?? Default;

    /// <summary>A stable text of the settings for hashing: equal settings give equal text.</summary>
    /// An unset rate prints as 1, and no language voices as nothing, so articles narrated before either existed keep their hash.
    public string Fingerprint() => $"{Voice.ToLowerInvariant()}|{Rate ?? 1.0:R}|{string.Join(',', Formats)}|{ReadIntro}|{ReadCaptions}|{ReadCredits}"
        + (VoicesFor is { Count: > 0 } languages
            ? "|" + string.Join(',', languages.OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase).Select(p => $"{p.Key.ToLowerInvariant()}={p.Value.ToLowerInvariant()}"))
            : "");
}
