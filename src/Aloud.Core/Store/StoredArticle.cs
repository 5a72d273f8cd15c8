namespace Aloud.Store;

/// <summary>Where an article is in its life: waiting, being narrated, narrated, or given up on.</summary>
public enum ArticleStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>
/// An article as the service knows it: its identity (the id, and the URL when it has one), the metadata of its
/// latest version, the audio published for it and the state of its latest job. Read-only snapshot.
/// </summary>
public sealed record StoredArticle
{
    public required string Id { get; init; }

    /// <summary>The article's canonical URL; posting the same URL again updates this article.</summary>
    public string? Url { get; init; }

    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }

    /// <summary>How this article is narrated (voice, formats, what the intro reads).</summary>
    public required NarrationSettings Settings { get; init; }

    /// <summary>The feed subscription that brought the article, if any.</summary>
    public string? FeedId { get; init; }

    /// <summary>The newest content version (1, 2, ...); 0 while a URL has not been fetched yet.</summary>
    public int CurrentVersion { get; init; }

    /// <summary>The latest job's status.</summary>
    public ArticleStatus Status { get; init; }

    /// <summary>Sentences synthesised and in all, of the latest job.</summary>
    public int SentencesDone { get; init; }

    public int SentencesTotal { get; init; }

    /// <summary>Why the latest job failed (or the reason of its last failed attempt while it retries).</summary>
    public string? Error { get; init; }

    /// <summary>Attempts made by the latest job.</summary>
    public int Attempts { get; init; }

    /// <summary>The published audio, or null before the first narration completes.</summary>
    public PublishedAudio? Audio { get; init; }

    public DateTimeOffset Created { get; init; }
    public DateTimeOffset Updated { get; init; }
}

/// <summary>
/// The audio files of one completed narration. <see cref="Revision"/> grows with every narration of the article
/// (a new version, a lexicon change), so each revision's files are immutable and cacheable forever.
/// </summary>
public sealed record PublishedAudio(
    int Revision,
    int Version,
    double DurationMs,
    IReadOnlyDictionary<string, long> Files,
    DateTimeOffset Completed,
    string VoiceId,
    int? PreviousRevision = null)
{
    /// <summary>Whether a file of <paramref name="revision"/> may be served: the current one, or the one before it, for listeners in the middle of it.</summary>
    public bool Serves(int revision) => revision == Revision || revision == PreviousRevision;

    /// <summary>The blob key of one of this revision's files ("mp3", "ogg", "json", "vtt").</summary>
    public string KeyOf(string articleId, string extension) => AudioKeys.For(articleId, Revision, extension);
}

/// <summary>The blob names of an article's audio: one folder per article, one file set per revision.</summary>
public static class AudioKeys
{
    public static string For(string articleId, int revision, string extension) => $"audio/{articleId}/r{revision}.{extension}";

    public static string FolderOf(string articleId) => $"audio/{articleId}/";

    /// <summary>The revision of an audio key ("audio/ab12/r3.mp3" is 3), or null when the key is not one.</summary>
    public static int? RevisionOf(string key)
    {
        var name = key[(key.LastIndexOf('/') + 1)..];
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return name.StartsWith('r') && dot > 1 && int.TryParse(name.AsSpan(1, dot - 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var revision)
            ? revision : null;
    }
}
