using System.Text.Json;
using System.Text.Json.Nodes;
using Aloud.Ingest;
using Aloud.Jobs;
using Aloud.Script.Lexicon;
using Aloud.Store;

namespace Aloud.Server.Lexicon;

/// <summary>What a lexicon change did: the new version, and how many narrated articles it queued again.</summary>
public sealed record LexiconSaved(int Version, int Entries, int ArticlesQueued);

/// <summary>
/// Edits the publisher's lexicon (whole, or one entry at a time), each edit a new version checked by the same
/// parser as lexicon files; then queues again the narrated articles whose text holds a changed entry. The clip
/// cache makes those narrations re-synthesise only the sentences whose words or phones changed.
/// </summary>
public sealed class LexiconEditor(ILexiconStore lexicons, LexiconSource parsed, IArticleStore articles, JobSignal signal)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The current lexicon as JSON ({"version": 0, "entries": []} while none was saved).</summary>
    public async Task<JsonObject> GetAsync(CancellationToken token)
    {
        var stored = await lexicons.GetCurrentAsync(token).ConfigureAwait(false);
        return stored is null ? new JsonObject { ["version"] = 0, ["entries"] = new JsonArray() } : (JsonObject)JsonNode.Parse(stored.Json)!;
    }

    /// <summary>Replaces every entry; <paramref name="entries"/> is the "entries" array of a lexicon file.</summary>
    public Task<LexiconSaved> ReplaceAsync(JsonArray entries, CancellationToken token) => SaveAsync(_ => (JsonArray)entries.DeepClone(), token);

    /// <summary>Adds or replaces the entry for <paramref name="written"/> (same part of speech, any case).</summary>
    public Task<LexiconSaved> PutEntryAsync(string written, JsonObject entry, CancellationToken token)
    {
        var clean = Cleaned(written, entry);
        return SaveAsync(current => WithEntry(current, clean), token);
    }

    /// <summary>
    /// <paramref name="entry"/> for <paramref name="written"/>, checked alone: a bad entry is refused with the file
    /// parser's message before the whole lexicon is read and parsed, which costs in proportion to its size.
    /// </summary>
    private static JsonObject Cleaned(string written, JsonObject entry)
    {
        var clean = (JsonObject)entry.DeepClone();
        clean["written"] = written;
        PronunciationLexicon.Parse(new JsonObject { ["version"] = 0, ["entries"] = new JsonArray(clean.DeepClone()) }.ToJsonString(), "the lexicon");
        return clean;
    }

    /// <summary>
    /// <paramref name="current"/> (parsed for this edit alone, so changed in place) with <paramref name="clean"/> in
    /// place of any entry of the same word and part of speech.
    /// </summary>
    private static JsonArray WithEntry(JsonArray current, JsonObject clean)
    {
        var written = clean["written"]!.ToString();
        var partOfSpeech = clean["partOfSpeech"]?.ToString();
        current.RemoveAll(e => Same(e, written, partOfSpeech));
        current.Add(clean.DeepClone()); // a copy: a retried save applies the change again to a new array
        return current;
    }

    /// <summary>
    /// What saving <paramref name="entry"/> for <paramref name="written"/> would do, without saving: the lexicon it
    /// would make (checked like a save) and the narrated articles it would narrate again.
    /// </summary>
    public async Task<(PronunciationLexicon Lexicon, IReadOnlyList<StoredArticle> Affected)> PreviewEntryAsync(string written, JsonObject entry, CancellationToken token)
    {
        var clean = Cleaned(written, entry);
        var stored = await lexicons.GetCurrentAsync(token).ConfigureAwait(false);
        var before = parsed.Parsed(stored);
        var entries = WithEntry(EntriesOf(stored), clean);
        var after = PronunciationLexicon.Parse(new JsonObject { ["version"] = (stored?.Version ?? 0) + 1, ["entries"] = entries }.ToJsonString(), "the lexicon");
        return (after, await AffectedAsync(after.ChangesSince(before), token).ConfigureAwait(false));
    }

    /// <summary>Removes every entry for <paramref name="written"/>; null when there is none.</summary>
    public async Task<LexiconSaved?> DeleteEntryAsync(string written, CancellationToken token)
    {
        var current = (JsonArray)(await GetAsync(token).ConfigureAwait(false))["entries"]!;
        if (!current.Any(e => Same(e, written, null))) return null;
        return await SaveAsync(entries =>
        {
            entries.RemoveAll(e => Same(e, written, null));
            return entries;
        }, token).ConfigureAwait(false);
    }

    private async Task<LexiconSaved> SaveAsync(Func<JsonArray, JsonArray> change, CancellationToken token)
    {
        while (true)
        {
            var stored = await lexicons.GetCurrentAsync(token).ConfigureAwait(false);
            var before = parsed.Parsed(stored);
            var entries = change(EntriesOf(stored));
            var version = (stored?.Version ?? 0) + 1;
            var json = new JsonObject { ["version"] = version, ["entries"] = entries }.ToJsonString(Indented);
            // Parsed before saving: a bad entry is refused with the file parser's own message, and nothing is saved.
            var after = PronunciationLexicon.Parse(json, "the lexicon");
            // The store saves only as the version after the expected one, so the JSON built for it is the one saved.
            var saved = await lexicons.SaveAsync(version - 1, v => v == version ? json : throw new InvalidOperationException($"lexicon saved as {v}, expected {version}"), token).ConfigureAwait(false);
            if (saved is null) continue; // someone saved in between: apply the change to their version
            parsed.Remember(saved.Version, after);
            var queued = await RequeueAffectedAsync(after.ChangesSince(before), token).ConfigureAwait(false);
            return new LexiconSaved(saved.Version, after.Entries.Count, queued);
        }
    }

    /// <summary>The entries of <paramref name="stored"/>, parsed anew and detached, for one edit to change and save.</summary>
    private static JsonArray EntriesOf(StoredLexicon? stored)
    {
        if (stored is null) return [];
        var root = JsonNode.Parse(stored.Json)!.AsObject();
        var entries = root["entries"]!.AsArray();
        root.Remove("entries");
        return entries;
    }

    private async Task<int> RequeueAffectedAsync(LexiconChange change, CancellationToken token)
    {
        var queued = 0;
        foreach (var article in await AffectedAsync(change, token).ConfigureAwait(false))
        {
            if (await articles.RequeueAsync(article.Id, "lexicon", token).ConfigureAwait(false)) queued++;
        }
        if (queued > 0) signal.Queued(queued);
        return queued;
    }

    /// <summary>The narrated articles whose current text holds a word or phrase of <paramref name="change"/>.</summary>
    private async Task<IReadOnlyList<StoredArticle>> AffectedAsync(LexiconChange change, CancellationToken token)
    {
        var affected = new List<StoredArticle>();
        if (change.IsEmpty) return affected;
        for (var offset = 0; ; offset += 100)
        {
            var page = await articles.ListAsync(new ArticleQuery(offset, 100, WithAudioOnly: true), token).ConfigureAwait(false);
            foreach (var article in page.Items)
            {
                var content = await articles.GetContentAsync(article.Id, article.CurrentVersion, token).ConfigureAwait(false);
                if (content is null) continue;
                Article read;
                try
                {
                    read = ArticleContentReader.Read(content, article.Url is { } u ? new Uri(u) : null, article.Settings);
                }
                catch (AloudInputException)
                {
                    continue;
                }
                var text = string.Join('\n', new[] { read.Title, read.Byline, read.BodyText }.Where(t => t is not null));
                if (change.Affects(text)) affected.Add(article);
            }
            if (page.Items.Count < 100) break;
        }
        return affected;
    }

    private static bool Same(JsonNode? entry, string written, string? partOfSpeech) =>
        string.Equals(entry?["written"]?.ToString(), written, StringComparison.OrdinalIgnoreCase)
        && (partOfSpeech is null || string.Equals(PartOfSpeechName(entry?["partOfSpeech"]?.ToString()), PartOfSpeechName(partOfSpeech), StringComparison.Ordinal));

    /// <summary>A part of speech by its full name, so "n" and "noun" are the same entry (as the file parser counts them).</summary>
    private static string? PartOfSpeechName(string? given) =>
        given is not null && Script.Grammar.PartOfSpeechNames.TryParse(given, out var tag) ? Script.Grammar.PartOfSpeechNames.Name(tag) : given;
}
