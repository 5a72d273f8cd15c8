using System.Diagnostics;
using System.Text;
using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Voices;
using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>
/// Narrates one claimed job from start to published audio: fetch (for URL jobs), extract, script, synthesise
/// through the clip cache, encode each format, write every file whole, then complete the job and point the
/// article at the new files in one transaction. The lease is renewed while it works; losing it stops the work.
/// </summary>
public sealed class NarrationJobRunner(
    IArticleStore articles,
    IJobQueue queue,
    IBlobStore blobs,
    CachedEngines engines,
    LexiconSource lexicon,
    WorkerOptions options,
    ServiceMetrics metrics)
{
    /// <summary>Raised after each published narration, with where its time went (the server logs it).</summary>
    public event Action<JobReport>? Published;

    /// <summary>Runs the job to an end: completed, failed (maybe to be retried), or abandoned when the lease was lost.</summary>
    public async Task RunAsync(ClaimedJob job, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(job);
        var clock = Stopwatch.StartNew();
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var progress = new ProgressBox();
        var heartbeat = HeartbeatAsync(job, progress, work);
        try
        {
            var published = await NarrateAsync(job, progress, work.Token).ConfigureAwait(false);
            if (published is { } audioSeconds)
            {
                metrics.Narrated(audioSeconds, clock.Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: hand the job back at once rather than making it wait for the lease to run out.
            await RecordAsync(ct => queue.FailAsync(job, "interrupted by a shutdown; queued again", TimeSpan.Zero, ct)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (work.IsCancellationRequested)
        {
            // The lease was lost: another worker has the job now. Nothing of ours was published.
        }
        catch (Exception e) when (IsPermanent(e))
        {
            metrics.Failed();
            await RecordAsync(ct => queue.FailAsync(job, OneLine(e), null, ct)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            metrics.Failed();
            var retry = job.Attempt < options.MaxAttempts ? options.FirstRetryDelay * Math.Pow(4, job.Attempt - 1) : (TimeSpan?)null;
            await RecordAsync(ct => queue.FailAsync(job, OneLine(e), retry, ct)).ConfigureAwait(false);
        }
        finally
        {
            await work.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Writes a job's outcome, waiting out a store that is briefly away (a database restart) rather than losing the
    /// work done; if it stays away, the lease runs out and another worker takes the job again.
    /// </summary>
    private static Task<bool> RecordAsync(Func<CancellationToken, Task<bool>> write) =>
        StoreOutage.RetryAsync(write, RecordPatience, CancellationToken.None);

    /// <summary>How long a finished job waits for the store to come back before giving its work up.</summary>
    private static readonly TimeSpan RecordPatience = TimeSpan.FromMinutes(2);

    /// <summary>Returns the seconds of audio published, or null when there was nothing new to narrate.</summary>
    private async Task<double?> NarrateAsync(ClaimedJob job, ProgressBox progress, CancellationToken token)
    {
        var stored = await articles.GetAsync(job.ArticleId, token).ConfigureAwait(false)
            ?? throw new AloudInputException("the article was deleted before it was narrated");
        var url = stored.Url is { } u ? new Uri(u) : null;
        var version = job.Version;
        Article article;
        if (version == 0)
        {
            var fetched = await FetchAsync(url ?? throw new AloudInputException("nothing to narrate: the article has neither content nor a URL"), stored.Settings, token).ConfigureAwait(false);
            var resolved = await queue.ResolveFetchedAsync(job, fetched.Content, ArticleContentReader.MetadataOf(fetched.Article), token).ConfigureAwait(false);
            if (resolved is null) return null;
            (version, article) = (resolved.Value, fetched.Article);
        }
        else
        {
            var content = await articles.GetContentAsync(job.ArticleId, version, token).ConfigureAwait(false)
                ?? throw new AloudInputException($"version {version} of the article is gone");
            article = ArticleContentReader.Read(content, url, stored.Settings);
        }

        var script = new ScriptWriter(ArticleContentReader.ScriptOptionsFor(stored.Settings, await lexicon.GetAsync(token).ConfigureAwait(false))).Write(article);
        if (script.Sentences.Count == 0) throw new AloudInputException("nothing to read: the article has no speakable text");
        if (script.Sentences.Count > options.MaxSentences)
            throw new AloudInputException($"too long: {script.Sentences.Count} sentences; the limit is {options.MaxSentences}");
        progress.Set(0, script.Sentences.Count);
        var stages = Stopwatch.StartNew();
        var prepared = stages.Elapsed;

        var warnings = new List<string>();
        var (engine, voice, defaults) = ArticleVoice(stored.Settings.Voice, article.Language, warnings);
        var rate = stored.Settings.Rate;
        var narrator = new Narrator(engine, voice, new SynthesisOptions(rate ?? defaults.Rate ?? 1.0), new PausePlan().WithVoiceDefaults(defaults.SentencePauseMs, defaults.ParagraphPauseMs))
        {
            MaxDuration = options.MaxAudio,
            MaxDurationSetting = "Aloud:MaxNarrationMinutes",
            VoiceForLanguage = PassageVoices(stored.Settings, voice, rate, warnings),
        };
        // The audio waits in temporary files between synthesis, the loudness passes and the encoders: memory does
        // not grow with the article's length.
        using var narration = await Task.Run(() => narrator.NarrateSpooled(script, new Progress(progress), token), token).ConfigureAwait(false);
        var narrated = stages.Elapsed;

        // This attempt's own revision: files no other attempt writes, published only by the commit below.
        var revision = await queue.NextRevisionAsync(job.ArticleId, token).ConfigureAwait(false);
        var published = false;
        try
        {
            var tags = new PublishedFileTags(article.Title ?? stored.Title, options.Publisher, url?.ToString(), article.Published, voice.Id);
            var files = await WriteFilesAsync(job.ArticleId, revision, narration, stored.Settings, tags, token).ConfigureAwait(false);
            token.ThrowIfCancellationRequested();
            var encoded = stages.Elapsed;
            var completed = new CompletedNarration(narration.DurationMs, files, voice.Id, revision, script.Sentences.Count, Warning(warnings));
            if (!await RecordAsync(ct => queue.CompleteAsync(job, completed, ct)).ConfigureAwait(false))
            {
                return null; // lease lost at the last moment: the other worker publishes
            }
            published = true;
            Published?.Invoke(new JobReport(job.ArticleId, revision, script.Sentences.Count, narration.DurationMs / 1000,
                narrated - prepared, encoded - narrated, stages.Elapsed - encoded)
            {
                Warning = completed.Warning,
            });
        }
        finally
        {
            if (!published) await DeleteRevisionAsync(job.ArticleId, revision).ConfigureAwait(false);
        }
        await DeleteUnservedRevisionsAsync(job.ArticleId).ConfigureAwait(false);
        return narration.DurationMs / 1000;
    }

    /// <summary>
    /// The article's voice and its own defaults. A voice that is not here (a neural voice removed since a feed or
    /// webhook named it) is replaced by one of its language (the one its name states, else the article's) rather
    /// than failing the job; the warning says so, and the narration records the voice that read it.
    /// </summary>
    private (ISpeechEngine Engine, Voice Voice, VoiceDefaults Defaults) ArticleVoice(string name, string? articleLanguage, List<string> warnings)
    {
        var language = LanguageTags.FromVoiceName(name) ?? articleLanguage;
        var (engine, voice, replaced) = engines.ResolveOrFallback(name, language);
        if (replaced)
        {
            warnings.Add($"voice '{name}' is not installed: read by {voice.Id} instead ({LanguageVoices.Describe(engines.Voices, language ?? "en")})");
        }
        return (engine, voice, DefaultsOf(voice, warnings));
    }

    /// <summary>
    /// Who reads passages in other languages: the article's (feed's, webhook's) choice for the language, else the
    /// service's, else the default; a chosen voice that is not installed is replaced with a warning.
    /// </summary>
    private Func<string, PassageVoice?> PassageVoices(NarrationSettings settings, Voice voice, double? rate, List<string> warnings)
    {
        var choices = new Dictionary<string, string>(options.VoicesFor, StringComparer.OrdinalIgnoreCase);
        foreach (var (language, id) in settings.VoicesFor ?? new Dictionary<string, string>())
        {
            choices[language] = id;
        }
        var installed = engines.Voices;
        return PassageVoiceChooser.Create(new LanguageVoices(installed, voice, choices), installed, engines.Resolve,
            v => rate ?? DefaultsOf(v, warnings).Rate ?? 1.0, warnings.Add);
    }

    /// <summary>A voice's defaults; a broken defaults file is a warning (the narration goes on without them), not a failed job.</summary>
    private VoiceDefaults DefaultsOf(Voice voice, List<string> warnings)
    {
        try
        {
            return engines.DefaultsOf(voice);
        }
        catch (VoiceFileException e)
        {
            if (!warnings.Contains(e.Message)) warnings.Add(e.Message);
            return VoiceDefaults.None;
        }
    }

    /// <summary>The warnings as one line for the job's record, or null.</summary>
    private static string? Warning(List<string> warnings) => warnings.Count == 0 ? null : "warning: " + string.Join("; ", warnings.Distinct());

    private async Task<(ArticleContent Content, Article Article)> FetchAsync(Uri url, NarrationSettings settings, CancellationToken token)
    {
        var input = await new SafeHttpFetcher(options.Fetch).FetchAsync(url, token).ConfigureAwait(false);
        var article = ArticleContentReader.Read(SourceKind.Html, input.Bytes, input.ContentType, input.Source ?? url, settings);
        return (new ArticleContent(SourceKind.Html, input.Bytes, input.ContentType, ArticleContentReader.Hash(article, settings)), article);
    }

    /// <summary>Encodes and writes every file of the revision, formats side by side (each encoder uses one core).</summary>
    private async Task<IReadOnlyDictionary<string, long>> WriteFilesAsync(string id, int revision, SpooledNarration narration, NarrationSettings settings, PublishedFileTags tags, CancellationToken token)
    {
        var writes = settings.Formats.Distinct().Select(format => (format, Write: (Func<Stream, Task>)(stream =>
            tags.Encode(AudioEncoders.ForFormat(format == "ogg" ? AudioFormat.OggOpus : AudioFormat.Mp3), narration.Audio, stream)))).ToList();
        writes.Add(("json", stream =>
        {
            TimingsJsonWriter.Write(narration, stream, tags.ToAudioTags());
            return Task.CompletedTask;
        }
        ));
        writes.Add(("vtt", stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            WebVttWriter.Write(narration, writer);
            return Task.CompletedTask;
        }
        ));
        var lengths = await Task.WhenAll(writes.Select(w => Task.Run(() => blobs.PutAsync(AudioKeys.For(id, revision, w.format), w.Write, token), token))).ConfigureAwait(false);
        return writes.Select((w, i) => (w.format, lengths[i])).ToDictionary(x => x.format, x => x.Item2);
    }

    /// <summary>Removes an attempt's files that were never published (best effort: a store that fails here leaves files no one serves).</summary>
    private async Task DeleteRevisionAsync(string id, int revision)
    {
        try
        {
            foreach (var extension in NarrationSettings.KnownFormats.Concat(["json", "vtt"]))
            {
                await blobs.DeleteAsync(AudioKeys.For(id, revision, extension)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (StoreOutage.Is(e) || e is HttpRequestException or Amazon.Runtime.AmazonServiceException)
        {
            // left behind; the next publication of the article sweeps its folder
        }
    }

    /// <summary>
    /// After a publication, keeps the current revision and the one before it (for listeners in the middle of it) and
    /// removes every other file of the article: older revisions and anything an abandoned attempt left.
    /// </summary>
    private async Task DeleteUnservedRevisionsAsync(string id)
    {
        try
        {
            if (await articles.GetAsync(id).ConfigureAwait(false) is not { Audio: { } audio }) return;
            var unserved = new List<string>();
            await foreach (var blob in blobs.ListAsync(AudioKeys.FolderOf(id)).ConfigureAwait(false))
            {
                if (AudioKeys.RevisionOf(blob.Key) is not { } revision || !audio.Serves(revision)) unserved.Add(blob.Key);
            }
            foreach (var key in unserved) await blobs.DeleteAsync(key).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreOutage.Is(e) || e is HttpRequestException or Amazon.Runtime.AmazonServiceException)
        {
            // swept at the next publication
        }
    }

    private async Task HeartbeatAsync(ClaimedJob job, ProgressBox progress, CancellationTokenSource work)
    {
        using var timer = new PeriodicTimer(options.HeartbeatInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(work.Token).ConfigureAwait(false))
            {
                var (done, total) = progress.Get();
                bool held;
                try
                {
                    held = await queue.HeartbeatAsync(job, done, total, options.Lease, work.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (StoreOutage.Is(e))
                {
                    continue; // the store is away: keep working; the commit will tell whether the lease survived
                }
                if (!held)
                {
                    await work.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the job ended
        }
    }

    /// <summary>Bad input, an unknown voice, a missing engine: trying again gives the same answer.</summary>
    private static bool IsPermanent(Exception e) => Unwrap(e) is AloudInputException or ArgumentException or NativeLibraryMissingException;

    private static string OneLine(Exception e) => Unwrap(e).Message.ReplaceLineEndings(" ");

    /// <summary>Parallel synthesis wraps an engine's failure; the reason shown is the engine's own.</summary>
    private static Exception Unwrap(Exception e) => e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : e;

    /// <summary>A published narration: what it made and how long synthesis, encoding and the commit took.</summary>
    public sealed record JobReport(string ArticleId, int Revision, int Sentences, double AudioSeconds, TimeSpan Narrating, TimeSpan Encoding, TimeSpan Committing)
    {
        /// <summary>What was replaced to narrate it (a voice not installed), or null.</summary>
        public string? Warning { get; init; }
    }

    private sealed class ProgressBox
    {
        private long _value;

        public void Set(int done, int total) => Interlocked.Exchange(ref _value, ((long)done << 32) | (uint)total);

        public (int Done, int Total) Get()
        {
            var value = Interlocked.Read(ref _value);
            return ((int)(value >> 32), (int)(value & 0xffffffff));
        }
    }

    private sealed class Progress(ProgressBox box) : IProgress<NarrationProgress>
    {
        public void Report(NarrationProgress value) => box.Set(value.SentencesDone, value.SentencesTotal);
    }
}
