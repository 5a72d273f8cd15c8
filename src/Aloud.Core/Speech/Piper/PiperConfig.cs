using System.Text.Json;

namespace Aloud.Speech.Piper;

/// <summary>
/// A Piper voice's <c>.onnx.json</c>: what the phonemiser, the id mapping and the model need. Unknown fields are
/// ignored; numbers are read as doubles (exports write 1 or 1.0 alike) and ids must be whole numbers.
/// </summary>
public sealed record PiperConfig
{
    /// <summary>Piper's padding symbol, said between every two phonemes.</summary>
    public const string Pad = "_";

    /// <summary>Piper's beginning-of-sentence symbol.</summary>
    public const string Bos = "^";

    /// <summary>Piper's end-of-sentence symbol.</summary>
    public const string Eos = "$";

    public required int SampleRate { get; init; }

    /// <summary>"x_low", "low", "medium", "high", or null when the config does not say.</summary>
    public string? Quality { get; init; }

    /// <summary>The eSpeak NG voice that phonemises for this model ("en-us").</summary>
    public required string EspeakVoice { get; init; }

    /// <summary>BCP-47 language ("en-US"), from language.code or else the eSpeak voice.</summary>
    public required string Language { get; init; }

    public double NoiseScale { get; init; } = 0.667;

    public double LengthScale { get; init; } = 1.0;

    public double NoiseW { get; init; } = 0.8;

    /// <summary>"espeak" (IPA from eSpeak NG) or "text" (the text's own characters).</summary>
    public string PhonemeType { get; init; } = "espeak";

    /// <summary>Phonemes replaced by others before the id lookup.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PhonemeMap { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public required IReadOnlyDictionary<string, IReadOnlyList<long>> PhonemeIdMap { get; init; }

    public int NumSpeakers { get; init; } = 1;

    public IReadOnlyDictionary<string, int> SpeakerIdMap { get; init; } = new Dictionary<string, int>();

    /// <summary>The licence the config names ("license" at the top level), if any.</summary>
    public string? Licence { get; init; }

    /// <summary>Reads a config file; every problem is a <see cref="VoiceFileException"/> naming the file.</summary>
    public static PiperConfig Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VoiceFileException($"cannot read the voice config {path}: {e.Message}", e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses a config's text; <paramref name="source"/> names it in errors.</summary>
    public static PiperConfig Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new VoiceFileException($"{source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            try
            {
                return Read(document.RootElement);
            }
            catch (FormatException e)
            {
                throw new VoiceFileException($"{source}: {e.Message}", e);
            }
        }
    }

    private static PiperConfig Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the config must be a JSON object");
        }

        var rate = Number(Member(root, "audio", "sample_rate") ?? throw new FormatException("audio.sample_rate is missing"), "audio.sample_rate");
        if (rate != Math.Floor(rate) || rate is < 8000 or > 192000)
        {
            throw new FormatException($"audio.sample_rate must be a whole number of Hz from 8000 to 192000 (got {rate})");
        }

        var phonemeType = Text(Member(root, "phoneme_type")) ?? "espeak";
        if (phonemeType is not ("espeak" or "text"))
        {
            throw new FormatException($"phoneme_type \"{phonemeType}\" is not supported: use \"espeak\" or \"text\"");
        }

        var espeakVoice = Text(Member(root, "espeak", "voice"));
        if (espeakVoice is null && phonemeType == "espeak")
        {
            throw new FormatException("espeak.voice is missing (the eSpeak NG voice that phonemises, e.g. \"en-us\")");
        }

        var ids = IdMap(Member(root, "phoneme_id_map") ?? throw new FormatException("phoneme_id_map is missing"));
        foreach (var symbol in new[] { Pad, Bos, Eos })
        {
            if (!ids.ContainsKey(symbol))
            {
                throw new FormatException($"phoneme_id_map has no \"{symbol}\" (Piper's {(symbol == Pad ? "padding" : symbol == Bos ? "sentence start" : "sentence end")} symbol)");
            }
        }

        var speakers = Member(root, "num_speakers") is { } n ? Number(n, "num_speakers") : 1;
        if (speakers != Math.Floor(speakers) || speakers is < 1 or > 100000)
        {
            throw new FormatException($"num_speakers must be a whole number from 1 (got {speakers})");
        }

        var language = Text(Member(root, "language", "code"))?.Replace('_', '-') ?? espeakVoice ?? "und";
        return new PiperConfig
        {
            SampleRate = (int)rate,
            Quality = Text(Member(root, "audio", "quality")),
            EspeakVoice = espeakVoice ?? "",
            Language = language,
            NoiseScale = Scale(root, "noise_scale", 0.667),
            LengthScale = Scale(root, "length_scale", 1.0),
            NoiseW = Scale(root, "noise_w", 0.8),
            PhonemeType = phonemeType,
            PhonemeMap = PhonemeMapOf(Member(root, "phoneme_map")),
            PhonemeIdMap = ids,
            NumSpeakers = (int)speakers,
            SpeakerIdMap = SpeakersOf(Member(root, "speaker_id_map")),
            Licence = Text(Member(root, "license")) ?? Text(Member(root, "licence")),
        };
    }

    private static double Scale(JsonElement root, string name, double fallback)
    {
        if (Member(root, "inference", name) is not { } value)
        {
            return fallback;
        }

        var scale = Number(value, "inference." + name);
        return scale is > 0 and <= 10 ? scale : throw new FormatException($"inference.{name} must be above 0 and at most 10 (got {scale})");
    }

    private static Dictionary<string, IReadOnlyList<long>> IdMap(JsonElement map)
    {
        if (map.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("phoneme_id_map must map each phoneme to a list of ids");
        }

        var ids = new Dictionary<string, IReadOnlyList<long>>(StringComparer.Ordinal);
        foreach (var entry in map.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"phoneme_id_map[\"{entry.Name}\"] must be a list of ids");
            }

            ids[entry.Name] = entry.Value.EnumerateArray().Select(v => Id(v, $"phoneme_id_map[\"{entry.Name}\"]")).ToList();
        }

        return ids;
    }

    private static Dictionary<string, IReadOnlyList<string>> PhonemeMapOf(JsonElement? map)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (map is not { ValueKind: JsonValueKind.Object } m)
        {
            return result;
        }

        foreach (var entry in m.EnumerateObject())
        {
            result[entry.Name] = entry.Value.ValueKind == JsonValueKind.Array
                ? entry.Value.EnumerateArray().Select(v => v.GetString() ?? "").ToList()
                : throw new FormatException($"phoneme_map[\"{entry.Name}\"] must be a list of phonemes");
        }

        return result;
    }

    private static Dictionary<string, int> SpeakersOf(JsonElement? map)
    {
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (map is not { ValueKind: JsonValueKind.Object } m)
        {
            return result;
        }

        foreach (var entry in m.EnumerateObject())
        {
            result[entry.Name] = (int)Id(entry.Value, $"speaker_id_map[\"{entry.Name}\"]");
        }

        return result;
    }

    private static long Id(JsonElement value, string where)
    {
        var id = Number(value, where);
        return id == Math.Floor(id) && id is >= 0 and < int.MaxValue ? (long)id : throw new FormatException($"{where} must hold whole numbers from 0 (got {id})");
    }

    private static double Number(JsonElement value, string where) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
            ? number
            : throw new FormatException($"{where} must be a number (got {value.ValueKind.ToString().ToLowerInvariant()})");

    private static string? Text(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.String } v && v.GetString() is { Length: > 0 } s ? s : null;

    private static JsonElement? Member(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.Null ? null : element;
    }
}
