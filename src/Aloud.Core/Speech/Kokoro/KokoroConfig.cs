using System.Text.Json;

namespace Aloud.Speech.Kokoro;

/// <summary>
/// A Kokoro model's <c>config.json</c>, of which Aloud needs only <c>vocab</c>: each phoneme character's token id
/// (id 0 is the pad said at both ends of a call, so no phoneme may have it). Unknown fields are ignored.
/// </summary>
public sealed record KokoroConfig(IReadOnlyDictionary<string, long> Vocab)
{
    /// <summary>The file name Kokoro's repositories give the config.</summary>
    public const string FileName = "config.json";

    /// <summary>Whether a JSON file looks like a Kokoro config (has a "vocab" object), without judging the rest.</summary>
    public static bool Looks(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("vocab", out var vocab) && vocab.ValueKind == JsonValueKind.Object;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reads a config file; every problem is a <see cref="VoiceFileException"/> naming the file.</summary>
    public static KokoroConfig Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VoiceFileException($"cannot read the Kokoro config {path}: {e.Message}", e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses a config's text; <paramref name="source"/> names it in errors.</summary>
    public static KokoroConfig Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new VoiceFileException($"{source} is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("vocab", out var vocab) || vocab.ValueKind != JsonValueKind.Object)
            {
                throw new VoiceFileException($"{source} has no \"vocab\" object (phoneme -> token id): not a Kokoro config");
            }

            var map = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var entry in vocab.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Number || !entry.Value.TryGetDouble(out var number)
                    || number != Math.Floor(number) || number < 1 || number > int.MaxValue)
                {
                    throw new VoiceFileException($"{source}: vocab[\"{entry.Name}\"] must be a whole number of at least 1 (0 is the pad)");
                }

                // Kokoro's vocabulary maps single characters; a longer key could never match one, so it is left unused.
                if (entry.Name.EnumerateRunes().Count() == 1)
                {
                    map[entry.Name] = (long)number;
                }
            }

            return map.Count > 0 ? new KokoroConfig(map) : throw new VoiceFileException($"{source}: \"vocab\" has no single-character phoneme");
        }
    }
}
