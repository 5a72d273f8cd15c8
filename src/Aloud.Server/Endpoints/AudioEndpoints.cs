using Aloud.Server.Hosting;
using Aloud.Store;
using Aloud.Store.S3;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Aloud.Server.Endpoints;

/// <summary>
/// /audio/{id}.mp3|ogg|json|vtt: the published files, public. Byte ranges (206, suffix ranges, 416), HEAD,
/// ETag with If-None-Match, Last-Modified. "?v=REVISION" names one narration's files, which never change, so
/// they are cacheable for a year; the plain URL always means the newest and is revalidated. With S3 blobs and
/// Aloud:PresignedAudioSeconds set, the answer is a redirect to a presigned URL instead. Which revision is current
/// comes from <see cref="PublishedAudioCache"/> (a second old at most), the file's length and date from the open file.
/// </summary>
public static class AudioEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        ["mp3"] = "audio/mpeg",
        ["ogg"] = "audio/ogg; codecs=opus",
        ["json"] = "application/json; charset=utf-8",
        ["vtt"] = "text/vtt; charset=utf-8",
    };

    public static IServiceCollection AddAloudAudio(this IServiceCollection services) => services.AddSingleton(sp => PublishedAudioCache.Following(sp.GetRequiredService<Jobs.NarrationJobRunner>()));

    public static WebApplication MapAudio(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/audio/{id}.{extension}", ["GET", "HEAD"], Serve).WithTags("Audio")
            .WithSummary("An article's audio (mp3, ogg), word timings (json) or captions (vtt); ?v=REVISION for an immutable copy.");
        return app;
    }

    private static async Task<IResult> Serve(string id, string extension, int? v, HttpContext context, PublishedAudioCache cache, IArticleStore store, IBlobStore blobs, IOptions<ServerOptions> options, CancellationToken token)
    {
        extension = extension.ToLowerInvariant();
        if (!Ids.IsWellFormed(id) || !ContentTypes.TryGetValue(extension, out var contentType)) return Problems.NotFound($"no file {id}.{extension}");
        // At most twice: a file missing behind what was cached (a deletion, a newer narration) is looked up again.
        for (var fresh = false; ; fresh = true)
        {
            var cached = fresh ? null : cache.Find(id);
            PublishedAudio audio;
            IReadOnlyList<string> formats;
            if (cached is not null)
            {
                (audio, formats) = (cached.Audio, cached.Formats);
            }
            else
            {
                var article = await cache.LoadAsync(store, id, token).ConfigureAwait(false);
                if (article is null) return Problems.NotFound($"no article {id}");
                if (article.Audio is not { } published)
                {
                    return Problems.NotFound($"article {id} has no audio yet (status {article.Status.ToString().ToLowerInvariant()})");
                }
                (audio, formats) = (published, article.Settings.Formats);
            }
            if (!audio.Files.ContainsKey(extension)) return Problems.NotFound($"article {id} was not narrated as {extension}; its formats are {string.Join(", ", formats)}");

            // The previous revision stays readable for one narration, for listeners in the middle of it.
            var revision = v ?? audio.Revision;
            if (!audio.Serves(revision))
            {
                if (cached is not null) continue; // a newer narration may have come since
                return Problems.NotFound($"revision {revision} of article {id} is gone; the current one is {audio.Revision}");
            }
            var key = AudioKeys.For(id, revision, extension);
            if (options.Value.PresignedAudioSeconds > 0 && blobs is S3BlobStore s3)
            {
                // Listeners fetch from S3 (or the CDN in front of it) directly; the URL is signed, so it stays valid for a while only.
                context.Response.Headers.CacheControl = "private, max-age=" + Math.Max(0, options.Value.PresignedAudioSeconds - 60).ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.Headers.AccessControlAllowOrigin = "*";
                return Results.Redirect(s3.PresignedReadUrl(key, TimeSpan.FromSeconds(options.Value.PresignedAudioSeconds)));
            }
            if (await blobs.OpenWithInfoAsync(key, token).ConfigureAwait(false) is not { } blob)
            {
                cache.Forget(id);
                if (cached is not null) continue;
                return Problems.NotFound($"revision {revision} of article {id} is gone; the current one is {audio.Revision}");
            }

            context.Response.Headers.CacheControl = v is null ? "public, max-age=60, must-revalidate" : "public, max-age=31536000, immutable";
            context.Response.Headers.AccessControlAllowOrigin = "*";
            var etag = new EntityTagHeaderValue($"\"{id}-r{revision}-{extension}-{blob.Info.Length}\"");
            var modified = revision == audio.Revision ? audio.Completed : blob.Info.LastModified;
            return Results.Stream(blob.Content, contentType, fileDownloadName: null, lastModified: modified, entityTag: etag, enableRangeProcessing: true);
        }
    }
}
