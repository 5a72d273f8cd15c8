using Aloud.Server.Articles;
using Aloud.Server.Hosting;
using Aloud.Server.Security;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>The body of POST /api/feeds: the feed to follow, its short name, and how to narrate its articles.</summary>
public sealed record FeedRequest(string? Url, string? Name, string? Voice, string? Format, string[]? Formats, double? Rate, bool? Intro, Dictionary<string, string>? VoicesFor = null);

/// <summary>/api/feeds: follow a publisher's RSS, Atom or JSON Feed; new and edited items are narrated.</summary>
public static class FeedSubscriptionEndpoints
{
    public static IServiceCollection AddAloudFeedPolling(this IServiceCollection services) => services.AddHostedService<FeedPollingService>();

    public static WebApplication MapFeedSubscriptions(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/feeds").RequireApiKey().WithTags("Feed subscriptions");
        group.MapPost("", Add).WithSummary("Follow a feed: {url, name?, voice?, formats?}; its narrations are listed at /feeds/{name}.xml.");
        group.MapGet("", List).WithSummary("The feeds followed, with their polling state.");
        group.MapGet("/{id}", Get).WithSummary("One followed feed.");
        group.MapDelete("/{id}", Delete).WithSummary("Stop following a feed (its articles stay).");
        return app;
    }

    private static async Task<IResult> Add(FeedRequest request, IFeedStore feeds, ArticleIntake intake, Ingest.SafeFetchOptions fetch, CancellationToken token)
    {
        if (request.Url is null || !Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return Problems.BadRequest("url must be an absolute http or https URL of an RSS, Atom or JSON feed");
        try
        {
            await new Ingest.SafeHttpFetcher(fetch).CheckAsync(url, token).ConfigureAwait(false);
        }
        catch (Ingest.AloudInputException e)
        {
            return Problems.BadRequest(e.Message);
        }
        var name = (request.Name ?? url.Host.Split('.').Reverse().Skip(1).FirstOrDefault() ?? "feed").ToLowerInvariant();
        if (!Ids.IsWellFormed(name) || name.Length > 40 || name == "default" || name == "artwork")
            return Problems.BadRequest("name must be 1 to 40 lowercase letters, digits or hyphens, and not 'default'");
        NarrationSettings settings;
        try
        {
            settings = intake.SettingsOf(new ArticleRequest { Voice = request.Voice, Format = request.Format, Formats = request.Formats, Rate = request.Rate, Intro = request.Intro, VoicesFor = request.VoicesFor });
        }
        catch (IntakeException e)
        {
            return Problems.BadRequest(e.Message);
        }
        var feed = await feeds.AddAsync(name, url.ToString(), settings, token).ConfigureAwait(false);
        return feed is null
            ? Problems.Conflict($"a feed named {name} or with this url is followed already")
            : Results.Created($"/api/feeds/{feed.Id}", View(feed));
    }

    private static async Task<IResult> List(IFeedStore feeds, CancellationToken token) =>
        Results.Ok((await feeds.ListAsync(token).ConfigureAwait(false)).Select(View));

    private static async Task<IResult> Get(string id, IFeedStore feeds, CancellationToken token) =>
        await feeds.GetAsync(id, token).ConfigureAwait(false) is { } feed ? Results.Ok(View(feed)) : Problems.NotFound($"no feed {id}");

    private static async Task<IResult> Delete(string id, IFeedStore feeds, CancellationToken token) =>
        await feeds.DeleteAsync(id, token).ConfigureAwait(false) ? Results.NoContent() : Problems.NotFound($"no feed {id}");

    private static object View(FeedSubscription feed)
    {
        var state = feed.StateJson is { } json ? Ingest.Feeds.FeedState.FromJson(json) : null;
        return new
        {
            id = feed.Id,
            name = feed.Name,
            url = feed.Url,
            podcast = $"/feeds/{feed.Name}.xml",
            voice = feed.Settings.Voice,
            voicesFor = feed.Settings.VoicesFor,
            formats = feed.Settings.Formats,
            lastPolled = state?.LastPolled,
            nextPoll = state?.NextPoll,
            failures = state?.Failures ?? 0,
            lastError = state?.LastError,
            itemsSeen = state?.Seen.Count ?? 0,
            created = feed.Created,
        };
    }
}
