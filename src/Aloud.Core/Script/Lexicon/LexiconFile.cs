using System.Text.Json;
using System.Text.Json.Serialization;
using Aloud.Ingest;
using Aloud.Script.Grammar;
using Aloud.Speech.Phonemes;

namespace Aloud.Script.Lexicon;

/// <summary>
/// Reads the lexicon JSON file (format in docs/lexicon.md). Every mistake is one line naming the file and
/// the entry, and unknown keys are errors, so a typo ("spokn") never silently does nothing.
/// </summary>
internal static class LexiconFile
{
    /// <summary>More than any newsroom keeps; a bigger file is more likely a mistake than a lexicon.</summary>
    public const int MaxEntries = 100_000;

    /// <summary>A phrase longer than this is a sentence, not a name.</summary>
    public const int MaxPhraseWords = 8;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private sealed record FileEntry(string? Written, string? Spoken, bool CaseSensitive, string? Ipa, string? PartOfSpeech);

    private sealed record FileBody(int? Version, List<FileEntry?>? Entries);

    public static PronunciationLexicon Load(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path), path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new AloudInputException($"cannot read lexicon file {path}: {error.Message}", error);
        }
    }

    /// <summary>Parses lexicon JSON; <paramref name="name"/> names it in errors.</summary>
    public static PronunciationLexicon Parse(ReadOnlySpan<byte> json, string name)
    {
        FileBody body;
        try
        {
            body = JsonSerializer.Deserialize<FileBody>(json, Json)
                ?? throw new AloudInputException($"lexicon file {name} is empty: write a JSON object with \"version\" and \"entries\"");
        }
        catch (JsonException error)
        {
            throw new AloudInputException($"lexicon file {name} is not valid: {error.Message}", error);
        }
        if (body.Version is not { } version || version < 0)
            throw new AloudInputException($"lexicon file {name} needs a \"version\": a whole number, 0 or more");
        if (body.Entries is null)
            throw new AloudInputException($"lexicon file {name} needs \"entries\": a list of {{\"written\", \"spoken\"}} objects");
        if (body.Entries.Count > MaxEntries)
            throw new AloudInputException($"lexicon file {name} has {body.Entries.Count} entries; the limit is {MaxEntries}");
        var entries = body.Entries.Select((e, i) => Validate(e, i, name)).ToList();
        var duplicate = entries.GroupBy(e => (string.Join(' ', e.WrittenWords).ToUpperInvariant(), e.CaseSensitive ? e.Written : "", e.PartOfSpeech)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new AloudInputException($"lexicon file {name} lists \"{duplicate.First().Written}\" twice: give each entry a different case or part of speech");
        return new PronunciationLexicon(version, entries);
    }

    private static LexiconEntry Validate(FileEntry? e, int index, string name)
    {
        var where = $"lexicon file {name}, entry {index + 1}";
        if (e is null || string.IsNullOrWhiteSpace(e.Written))
            throw new AloudInputException($"{where}: \"written\" is missing or empty");
        where += $" (\"{e.Written}\")";
        if (e.Spoken is null && e.Ipa is null)
            throw new AloudInputException($"{where}: give \"spoken\" (a respelling in plain words) or \"ipa\", or both");
        if (e.Spoken is not null && string.IsNullOrWhiteSpace(e.Spoken))
            throw new AloudInputException($"{where}: \"spoken\" is empty: leave it out instead");
        if (e.Spoken?.FirstOrDefault(c => !(char.IsLetter(c) || c is '\'' or '-' or ' ')) is var bad and not '\0' and not null)
            throw new AloudInputException($"{where}: \"spoken\" may hold only letters, spaces, hyphens and apostrophes, not '{bad}'");
        if (e.Ipa is not null && string.IsNullOrWhiteSpace(e.Ipa))
            throw new AloudInputException($"{where}: \"ipa\" is empty: leave it out instead");
        string? partOfSpeech = null;
        if (e.PartOfSpeech is not null)
        {
            // Stored by its full name, so "n" and "noun" are the same entry to the hash and the duplicate check.
            partOfSpeech = PartOfSpeechNames.TryParse(e.PartOfSpeech, out var tag) ? PartOfSpeechNames.Name(tag)
                : throw new AloudInputException($"{where}: \"partOfSpeech\" is \"{e.PartOfSpeech}\"; use {PartOfSpeechNames.Accepted}, or leave it out");
        }
        LexiconEntry entry;
        try
        {
            entry = new LexiconEntry(e.Written.Trim(), e.Spoken?.Trim(), e.CaseSensitive, e.Ipa?.Trim(), partOfSpeech);
        }
        catch (PronunciationException error)
        {
            throw new AloudInputException($"{where}: \"ipa\" cannot be read: {error.Message}", error);
        }
        if (entry.WrittenWords.Count > MaxPhraseWords)
            throw new AloudInputException($"{where}: \"{e.Written}\" has {entry.WrittenWords.Count} words; a phrase may have at most {MaxPhraseWords}");
        // The normaliser reads no word longer than this, so such an entry could never match; refused before any work
        // on it (a 100,000-character word took seconds to preview).
        if (entry.WrittenWords.FirstOrDefault(w => w.Length > Tokens.SpokenWordBuilder.MaxWordLength) is { } tooLong)
            throw new AloudInputException($"{where}: a written word of {tooLong.Length} characters is longer than any word narration reads ({Tokens.SpokenWordBuilder.MaxWordLength} at most)");
        return entry;
    }
}
