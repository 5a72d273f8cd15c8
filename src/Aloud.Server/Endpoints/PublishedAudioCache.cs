using System.Collections.Concurrent;
using Aloud.Jobs;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>
/// The published audio of articles served in the last second. A player seeking through an episode asks for a range
/// every few seconds and a popular episode is asked for by many listeners at once; each request would otherwise be
/// a database query (most of the cost of serving a range). A narration published by this process, or an article
/// deleted through it, is forgotten at once; one published by a worker in another process is seen within
/// <see cref="Lifetime"/>, well inside the 60 s for which clients may keep the plain audio URL. A file that is gone
/// (deleted, or two narrations in a second) sends the caller back to the store (<see cref="Forget"/>). Only articles
/// that have audio are kept, so asking for unknown ids fills nothing, and at most <see cref="MaxEntries"/>.
/// </summary>
public sealed class PublishedAudioCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(1);

    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private long _forgotten;

    public PublishedAudioCache(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>The cache of a server: what its own workers publish is forgotten at once.</summary>
    public static PublishedAudioCache Following(NarrationJobRunner runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var cache = new PublishedAudioCache();
        runner.Published += report => cache.Forget(report.ArticleId);
        return cache;
    }

    /// <summary>An article's published audio and the formats it was narrated in (for the refusal of another one).</summary>
    public sealed record Entry(PublishedAudio Audio, IReadOnlyList<string> Formats, long Stored);

    /// <summary>The article's audio as read less than <see cref="Lifetime"/> ago, or null.</summary>
    public Entry? Find(string id) =>
        _entries.TryGetValue(id, out var entry) && _time.GetElapsedTime(entry.Stored) < Lifetime ? entry : null;

    /// <summary>Reads the article from the store and keeps its audio, unless something was forgotten meanwhile (it may be this).</summary>
    public async Task<StoredArticle?> LoadAsync(IArticleStore store, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var before = Volatile.Read(ref _forgotten);
        var article = await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (article?.Audio is { } audio && Volatile.Read(ref _forgotten) == before)
        {
            if (_entries.Count >= MaxEntries) _entries.Clear();
            _entries[id] = new Entry(audio, article.Settings.Formats, _time.GetTimestamp());
        }
        return article;
    }

    /// <summary>Drops what is known of the article: its audio changed, it was deleted, or a file of it is gone.</summary>
    public void Forget(string id)
    {
        Interlocked.Increment(ref _forgotten);
        _entries.TryRemove(id, out _);
    }
}
