using System.Text;
using Aloud.Ingest;
using Aloud.Jobs;
using Aloud.Server.Hosting;
using Aloud.Speech;
using Aloud.Store;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Articles;

/// <summary>Why an article request was refused: a message for the caller and the status to answer with.</summary>
public sealed class IntakeException(string message, int status = 400) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>
/// Turns an API request (or a webhook or feed item) into a submission: checks every field, reads the content
/// now so a page with no article is refused at once (not as a failed job later), and hashes what will be heard.
/// </summary>
public sealed class ArticleIntake(IArticleStore store, SpeechEngines engines, JobSignal signal, IOptions<ServerOptions> options, SafeFetchOptions fetch)
{
    private readonly ServerOptions _options = options.Value;

    public async Task<SubmissionResult> SubmitAsync(ArticleRequest request, string reason, string? articleId, string? feedId, CancellationToken cancellationToken)
    {
        var submission = await BuildAsync(request, reason, articleId, feedId, cancellationToken).ConfigureAwait(false);
        SubmissionResult result;
        try
        {
            result = await store.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
        }
        catch (KeyNotFoundException)
        {
            throw new IntakeException($"no article {articleId}", 404);
        }
        if (result.Queued) signal.Queued();
        return result;
    }

    private async Task<ArticleSubmission> BuildAsync(ArticleRequest request, string reason, string? articleId, string? feedId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = await CheckUrlAsync(request, cancellationToken).ConfigureAwait(false);
        // A feed's or webhook's voice removed since it was set up must not stop its articles: the worker reads them
        // with a voice of the same language and says so (decision 0014). A caller naming a voice now gets a 400.
        var settings = SettingsOf(request, fallBack: reason is "feed" or "hook");
        var given = new[] { (SourceKind.Html, request.Html), (SourceKind.Text, request.Text), (SourceKind.Ssml, request.Ssml) }
            .Where(c => c.Item2 is not null).ToList();
        if (given.Count > 1) throw new IntakeException("give one of html, text or ssml, not several");
        if (given.Count == 0 && url is null) throw new IntakeException("give the article: url, html, text or ssml");

        ArticleContent? content = null;
        ArticleFacts? facts = null;
        if (given.Count == 1)
        {
            var (kind, value) = given[0];
            if (string.IsNullOrWhiteSpace(value)) throw new IntakeException($"{kind.ToString().ToLowerInvariant()} is empty", 422);
            var bytes = Encoding.UTF8.GetBytes(value!);
            var contentType = kind switch { SourceKind.Html => "text/html; charset=utf-8", SourceKind.Ssml => "application/ssml+xml; charset=utf-8", _ => "text/plain; charset=utf-8" };
            Article article;
            try
            {
                article = ArticleContentReader.Read(kind, bytes, contentType, url, settings);
            }
            catch (AloudInputException e)
            {
                throw new IntakeException(e.Message, 422);
            }
            content = new ArticleContent(kind, bytes, contentType, ArticleContentReader.Hash(article, settings));
            facts = ArticleContentReader.MetadataOf(article);
        }
        return new ArticleSubmission
        {
            Url = url?.ToString(),
            Content = content,
            Metadata = facts,
            Settings = settings,
            FeedId = feedId,
            Reason = reason,
            ArticleId = articleId,
        };
    }

    private async Task<Uri?> CheckUrlAsync(ArticleRequest request, CancellationToken cancellationToken)
    {
        if (request.Url is null) return null;
        if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || request.Url.Length > 2048)
        {
            throw new IntakeException($"url must be an absolute http or https URL of at most 2048 characters: {Shorten(request.Url)}");
        }
        // Only a URL we will fetch must pass the address rules; a page given as html keeps its URL as identity.
        if (request.Html is null && request.Text is null && request.Ssml is null)
        {
            try
            {
                await new SafeHttpFetcher(fetch).CheckAsync(url, cancellationToken).ConfigureAwait(false);
            }
            catch (AloudInputException e)
            {
                throw new IntakeException(e.Message);
            }
        }
        // The fragment never reaches the server: "page#comments" is the same article as "page".
        return new UriBuilder(url) { Fragment = "" }.Uri;
    }

    /// <summary>
    /// Settings from the request's fields, each checked: an unknown voice or format is a 400 naming the choices.
    /// With <paramref name="fallBack"/> (a feed's or webhook's article) a voice that is not installed is kept by name,
    /// for the worker to replace by language.
    /// </summary>
    public NarrationSettings SettingsOf(ArticleRequest request, bool fallBack = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = NarrationSettings.Default;
        if (request.Voice is { } voiceName)
        {
            settings = settings with { Voice = VoiceId(voiceName, null, fallBack) };
        }
        if (request.VoicesFor is { Count: > 0 } voicesFor)
        {
            var chosen = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (tag, name) in voicesFor)
            {
                var language = LanguageTags.Clean(tag) ?? throw new IntakeException($"voicesFor: '{Shorten(tag ?? "")}' is not a language tag (such as de or fr-CA)");
                chosen[language] = VoiceId(name ?? "", language, fallBack);
            }
            settings = settings with { VoicesFor = chosen };
        }
        var formats = request.Formats ?? (request.Format is { } one ? [one] : null);
        if (formats is not null)
        {
            var clean = formats.Select(f => (f ?? "").Trim().ToLowerInvariant() switch { "opus" => "ogg", var x => x }).Distinct().ToList();
            if (clean.Count == 0 || clean.Any(f => !NarrationSettings.KnownFormats.Contains(f)))
                throw new IntakeException($"format must be {string.Join(" or ", NarrationSettings.KnownFormats)}");
            settings = settings with { Formats = clean.OrderBy(f => f == "mp3" ? 0 : 1).ToList() };
        }
        if (request.Rate is { } rate)
        {
            if (double.IsNaN(rate) || rate < 0.5 || rate > 2.0) throw new IntakeException("rate must be between 0.5 and 2.0");
            settings = settings with { Rate = rate };
        }
        return settings with
        {
            ReadIntro = request.Intro ?? settings.ReadIntro,
            ReadCaptions = request.Captions ?? settings.ReadCaptions,
            ReadCredits = request.Credits ?? settings.ReadCredits,
        };
    }

    /// <summary>
    /// The voice id for a name (or OpenAI voice name); one not here is a 400 that, for a language, names its
    /// installed voices, or with <paramref name="fallBack"/> the name itself, for the worker to replace.
    /// </summary>
    private string VoiceId(string name, string? language, bool fallBack)
    {
        var id = _options.SpeechVoices.TryGetValue(name, out var mapped) ? mapped : name;
        try
        {
            return engines.Resolve(id).Voice.Id;
        }
        catch (Exception e) when (e is ArgumentException or NativeLibraryMissingException)
        {
            if (fallBack && id.Trim().Length > 0) return id.Trim();
            var alike = language ?? LanguageTags.FromVoiceName(id);
            throw new IntakeException(alike is null || LanguageTags.Primary(alike) == "en" ? e.Message : $"{e.Message}; {LanguageVoices.Describe(engines.Voices, alike)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
