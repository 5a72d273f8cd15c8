using Aloud.Store;

namespace Aloud.Server.Articles;

/// <summary>Links to an article's published files; versioned links never change content and may be cached forever.</summary>
public sealed record AudioLinks(string? Mp3, string? Ogg, string Timings, string Captions);

/// <summary>The narration an article has now.</summary>
public sealed record AudioView(int Revision, int Version, double DurationSeconds, string Voice, DateTimeOffset Completed, IReadOnlyDictionary<string, long> Bytes, AudioLinks Links);

/// <summary>Progress of the latest job.</summary>
public sealed record ProgressView(int SentencesDone, int SentencesTotal, double Percent);

/// <summary>An article as the API shows it.</summary>
public sealed record ArticleView(
    string Id,
    string Status,
    string? Url,
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string? Language,
    string Voice,
    IReadOnlyList<string> Formats,
    ProgressView Progress,
    double? DurationSeconds,
    int CurrentVersion,
    int Attempts,
    string? Error,
    AudioView? Audio,
    IReadOnlyList<ArticleVersionInfo>? Versions,
    DateTimeOffset Created,
    DateTimeOffset Updated)
{
    /// <summary>What the finished narration had to replace (a voice not installed, read by another of its language), or null.</summary>
    public string? Warning { get; init; }

    public static ArticleView Of(StoredArticle article, IReadOnlyList<ArticleVersionInfo>? versions = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var status = article.Status.ToString().ToLowerInvariant();
        var total = article.SentencesTotal;
        var done = article.Status == ArticleStatus.Done ? total : article.SentencesDone;
        var audio = article.Audio is { } a
            ? new AudioView(a.Revision, a.Version, Math.Round(a.DurationMs / 1000, 3), a.VoiceId, a.Completed, a.Files, LinksOf(article.Id, a))
            : null;
        return new ArticleView(
            article.Id, status, article.Url, article.Title, article.Byline, article.Published, article.Language,
            article.Settings.Voice, article.Settings.Formats,
            new ProgressView(done, total, total == 0 ? 0 : Math.Round(100.0 * done / total, 1)),
            audio?.DurationSeconds, article.CurrentVersion, article.Attempts,
            article.Status is ArticleStatus.Failed or ArticleStatus.Queued ? article.Error : null,
            audio, versions, article.Created, article.Updated)
        {
            Warning = article.Status == ArticleStatus.Done ? article.Error : null,
        };
    }

    private static AudioLinks LinksOf(string id, PublishedAudio audio)
    {
        string Link(string ext) => $"/audio/{id}.{ext}?v={audio.Revision}";
        return new AudioLinks(
            audio.Files.ContainsKey("mp3") ? Link("mp3") : null,
            audio.Files.ContainsKey("ogg") ? Link("ogg") : null,
            Link("json"),
            Link("vtt"));
    }
}
