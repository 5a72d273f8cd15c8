using Aloud.Server.Hosting;
using Aloud.Server.Podcast;
using Aloud.Store;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Endpoints;

/// <summary>
/// /feeds/{name}.xml: podcast feeds, public. "default" lists every narrated article, newest first; a feed
/// subscription's name lists the articles it brought. ?page=N pages through long feeds.
/// </summary>
public static class PodcastFeedEndpoints
{
    public static WebApplication MapPodcastFeeds(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/feeds/{name}.xml", Feed).WithTags("Podcast feeds").WithSummary("A podcast RSS feed: 'default' has every narrated article.");
        app.MapGet("/feeds/artwork.png", () => Results.Bytes(Artwork.Bytes, "image/png")).WithTags("Podcast feeds").ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Feed(string name, int? page, HttpContext context, IArticleStore articles, IFeedStore feeds, IOptions<ServerOptions> options, CancellationToken token)
    {
        var settings = options.Value;
        string? feedId = null;
        var title = settings.Podcast.Title;
        if (!string.Equals(name, "default", StringComparison.Ordinal))
        {
            var subscription = Ids.IsWellFormed(name) ? await feeds.GetAsync(name, token).ConfigureAwait(false) : null;
            if (subscription is null) return Problems.NotFound($"no feed {name}");
            (feedId, title) = (subscription.Id, $"{settings.Podcast.Title}: {subscription.Name}");
        }
        if (page is < 1) return Problems.BadRequest("page must be 1 or more");
        var number = page ?? 1;
        var size = settings.Podcast.PageSize;
        var list = await articles.ListAsync(new ArticleQuery((number - 1) * size, size, FeedId: feedId, WithAudioOnly: true), token).ConfigureAwait(false);
        var pages = Math.Max(1, (list.Total + size - 1) / size);
        if (number > pages) return Problems.NotFound($"feed {name} has {pages} page(s)");

        var baseUrl = BaseUrl(context, settings);
        Uri PageUrl(int n) => new(baseUrl, n == 1 ? $"/feeds/{name}.xml" : $"/feeds/{name}.xml?page={n}");
        var feedPage = new FeedPage(PageUrl(number), number < pages ? PageUrl(number + 1) : null, number > 1 ? PageUrl(number - 1) : null, PageUrl(1), PageUrl(pages));
        var episodes = list.Items.Where(a => a.Audio is not null).Select(a => new PodcastEpisode(a, a.Audio!)).ToList();
        using var buffer = new MemoryStream();
        PodcastFeedWriter.Write(buffer, settings.Podcast, title, baseUrl, feedPage, episodes, DateTimeOffset.UtcNow);
        context.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Bytes(buffer.ToArray(), "application/rss+xml; charset=utf-8");
    }

    /// <summary>The configured public address, or the one the request came to.</summary>
    public static Uri BaseUrl(HttpContext context, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return options.PublicUrl is { } configured ? new Uri(configured.TrimEnd('/') + "/") : new Uri($"{context.Request.Scheme}://{context.Request.Host}/");
    }
}
