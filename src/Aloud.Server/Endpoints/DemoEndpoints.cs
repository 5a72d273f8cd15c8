using System.Text.Json;
using Aloud.Server.Demo;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>/demo: the demo article page of `aloud demo`, with the player in it.</summary>
public static class DemoEndpoints
{
    /// <summary>
    /// The article page runs only this server's player and styles itself inline; any site may frame it (it is an
    /// embeddable article with its player, and holds nothing to click on behalf of a signed-in user).
    /// </summary>
    public const string DemoPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; media-src 'self' blob:; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'none'; form-action 'none'";

    public static IServiceCollection AddAloudDemo(this IServiceCollection services) => services.AddSingleton<DemoArticle>();

    public static WebApplication MapDemo(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/demo", Page).WithTags("Player").WithSummary("The demo article page (`aloud demo`): the sample article with <aloud-player> embedded.");
        return app;
    }

    private static async Task<IResult> Page(DemoArticle demo, IArticleStore store, IBlobStore blobs, HttpContext context, CancellationToken token)
    {
        if (demo.Id is not { } id)
        {
            if (!demo.Expected) return Problems.NotFound("no demo here: run `aloud demo`");
            context.Response.Headers.RetryAfter = "2";
            return Results.Problem(statusCode: 503, title: "Service Unavailable", detail: "the demo article is still being narrated");
        }
        var article = await store.GetAsync(id, token).ConfigureAwait(false);
        if (article?.Audio is not { } audio) return Problems.NotFound($"the demo article {id} has no audio");
        await using var json = await blobs.OpenReadAsync(AudioKeys.For(id, audio.Revision, "json"), token).ConfigureAwait(false);
        if (json is null) return Problems.NotFound($"the demo article {id} has no timings");
        using var timings = await JsonDocument.ParseAsync(json, cancellationToken: token).ConfigureAwait(false);
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ContentSecurityPolicy = DemoPolicy;
        return Results.Content(DemoPage.Render(id, timings.RootElement), "text/html; charset=utf-8");
    }
}
