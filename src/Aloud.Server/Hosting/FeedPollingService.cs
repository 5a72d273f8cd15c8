using System.Net;
using Aloud.Ingest;
using Aloud.Ingest.Feeds;
using Aloud.Server.Articles;
using Aloud.Store;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>
/// Polls the followed feeds when each is due (conditional GET, backing off while quiet or failing) and submits
/// new and edited items: with the item's own HTML when it carries the whole story, else its link to fetch.
/// </summary>
internal sealed class FeedPollingService(IFeedStore feeds, ArticleIntake intake, IOptions<ServerOptions> options, SafeFetchOptions fetch, ILogger<FeedPollingService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var fetcher = new SafeHttpFetcher(fetch with
        {
            Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        });
        var minimum = TimeSpan.FromSeconds(settings.FeedMinIntervalSeconds);
        var poller = new FeedPoller(fetcher, FeedPollOptions.Default with { MinInterval = minimum, MaxInterval = minimum > TimeSpan.FromHours(6) ? minimum : TimeSpan.FromHours(6) });
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Min(5, settings.FeedMinIntervalSeconds)));
        do
        {
            try
            {
                foreach (var feed in await feeds.ListAsync(stoppingToken).ConfigureAwait(false))
                {
                    await PollIfDueAsync(poller, feed, stoppingToken).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "feed polling failed; trying again at the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task PollIfDueAsync(FeedPoller poller, FeedSubscription feed, CancellationToken token)
    {
        var state = feed.StateJson is { } json ? FeedState.FromJson(json) : FeedState.Create(new Uri(feed.Url));
        if (!poller.IsDue(state)) return;
        var result = await poller.PollAsync(state, token).ConfigureAwait(false);
        if (result.Error is { } error) log.LogWarning("feed {Feed}: {Error}", feed.Name, error);
        var submitted = 0;
        foreach (var item in result.NewItems.Concat(result.EditedItems))
        {
            if (await SubmitAsync(feed, item, token).ConfigureAwait(false)) submitted++;
        }
        if (submitted > 0) log.LogInformation("feed {Feed}: {Count} article(s) queued", feed.Name, submitted);
        await feeds.SaveStateAsync(feed.Id, result.State.ToJson(), token).ConfigureAwait(false);
    }

    private async Task<bool> SubmitAsync(FeedSubscription feed, FeedItem item, CancellationToken token)
    {
        var request = new ArticleRequest
        {
            Url = item.Link?.ToString(),
            Html = FeedItemArticle.HasFullText(item) ? AsPage(item) : null,
            Voice = feed.Settings.Voice,
            Formats = [.. feed.Settings.Formats],
            Rate = feed.Settings.Rate,
            VoicesFor = feed.Settings.VoicesFor?.ToDictionary(),
            Intro = feed.Settings.ReadIntro,
        };
        if (request.Url is null && request.Html is null) return false;
        try
        {
            return (await intake.SubmitAsync(request, "feed", null, feed.Id, token).ConfigureAwait(false)).Queued;
        }
        catch (IntakeException e)
        {
            log.LogWarning("feed {Feed}: item {Item} not narrated: {Error}", feed.Name, item.Id, e.Message);
            return false;
        }
    }

    /// <summary>The item as a page whose head carries its headline, author and date, for the extractor to read.</summary>
    private static string AsPage(FeedItem item)
    {
        var title = WebUtility.HtmlEncode(item.Title ?? "");
        var author = item.Author is { } a ? $"<meta name=\"author\" content=\"{WebUtility.HtmlEncode(a)}\">" : "";
        var date = item.Published is { } p ? $"<meta property=\"article:published_time\" content=\"{p:O}\">" : "";
        return $"<!doctype html><html><head><title>{title}</title>{author}{date}</head><body><article><h1>{title}</h1>{item.ContentHtml}</article></body></html>";
    }
}
