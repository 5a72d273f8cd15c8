using System.Text.Json;
using Aloud.Server.Demo;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>/demo: the demo article page of `aloud demo`, with the player in it.</summary>
public static class DemoEndpoints
{
    /// <summary>
    /// The demo stands for a publisher's article page, where the publisher's own scripts run beside the player (and
    /// tools such as accessibility checkers are injected into it), so scripts are not restricted here; any site may
    /// frame it (it holds nothing to click on behalf of a signed-in user), and it has no plugins, forms or base URL
    /// to abuse. The dashboard, which acts for a signed-in editor, keeps a strict policy.
    /// </summary>
    public const string DemoPolicy = "object-src 'none'; frame-ancestors *; base-uri 'none'; form-action 'none'";

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
