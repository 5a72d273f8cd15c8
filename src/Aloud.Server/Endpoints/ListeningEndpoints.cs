using System.Text.Json;
using Aloud.Server.Lexicon;
using Aloud.Server.Listening;
using Aloud.Server.Security;
using Aloud.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Aloud.Server.Endpoints;

/// <summary>
/// Listening statistics and mispronunciation reports: the player posts them to public routes (no cookies, no
/// identifiers, rate limited per address); editors read the summaries and the review list with a key.
/// </summary>
public static class ListeningEndpoints
{
    public static IServiceCollection AddAloudListening(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<NameReview>();
        return services;
    }

    public static WebApplication MapListening(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var open = app.MapGroup("/listening/{id}").WithTags("Listening").RequireRateLimiting(SecurityServices.PerKeyPolicy);
        open.MapPost("/stats", Record).WithSummary("A batch of listening from the player (navigator.sendBeacon): plays, seconds, quartiles reached, seconds per speed.");
        open.MapPost("/reports", Report).WithSummary("A word a listener reports as mispronounced: {index, written, spoken}.");

        var keyed = app.MapGroup("/api").RequireApiKey().WithTags("Listening");
        keyed.MapGet("/listening", All).WithSummary("Listening statistics of the most played articles.");
        keyed.MapGet("/listening/{id}", One).WithSummary("An article's listening statistics: plays, seconds, quartiles reached, speeds, per day.");
        keyed.MapGet("/reports", Reports).WithSummary("Words listeners reported as mispronounced, most reported first.");
        keyed.MapGet("/reports/names", async (NameReview names, int? limit, CancellationToken token) =>
            Results.Ok(new { items = await names.ListAsync(Math.Clamp(limit ?? 100, 1, 1000), token).ConfigureAwait(false) }))
            .WithSummary("Names in the newest narrations that the lexicon does not know yet (the `aloud names` report), most frequent first.");
        return app;
    }

    private static async Task<IResult> Record(string id, HttpRequest request, IArticleStore articles, IListeningStore listening, TimeProvider time, CancellationToken token)
    {
        var article = Ids.IsWellFormed(id) ? await articles.GetAsync(id, token).ConfigureAwait(false) : null;
        if (article?.Audio is null) return Problems.NotFound($"no narrated article {id}");
        if (await ListeningReport.ReadAsync(request, token).ConfigureAwait(false) is not { } body) return Problems.BadRequest($"the body must be a JSON object of at most {ListeningReport.MaxBytes} bytes");
        var (batch, error) = ListeningReport.Batch(body, article.Audio.DurationMs / 1000);
        if (batch is null) return Problems.BadRequest(error!);
        await listening.RecordAsync(id, batch, time.GetUtcNow(), token).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> Report(string id, HttpRequest request, IArticleStore articles, IListeningStore listening, TimeProvider time, CancellationToken token)
    {
        var article = Ids.IsWellFormed(id) ? await articles.GetAsync(id, token).ConfigureAwait(false) : null;
        if (article?.Audio is null) return Problems.NotFound($"no narrated article {id}");
        if (await ListeningReport.ReadAsync(request, token).ConfigureAwait(false) is not { } body) return Problems.BadRequest($"the body must be a JSON object of at most {ListeningReport.MaxBytes} bytes");
        var written = body.TryGetProperty("written", out var w) && w.ValueKind == JsonValueKind.String ? w.GetString()!.Trim() : "";
        var spoken = body.TryGetProperty("spoken", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()!.Trim() : null;
        var index = body.TryGetProperty("index", out var i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt32(out var n) ? n : -1;
        if (written.Length is 0 or > 100 || spoken is { Length: > 200 }) return Problems.BadRequest("written must be the reported word (1-100 characters), spoken at most 200");
        if (index is < 0 or > 1_000_000) return Problems.BadRequest("index must be the word's index in the timings");
        await listening.ReportAsync(id, index, written, spoken, time.GetUtcNow(), token).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> All(IListeningStore listening, int? limit, CancellationToken token) =>
        Results.Ok(new { items = await listening.SummarizeAllAsync(Math.Clamp(limit ?? 50, 1, 500), token).ConfigureAwait(false) });

    private static async Task<IResult> One(string id, IArticleStore articles, IListeningStore listening, CancellationToken token)
    {
        if (!Ids.IsWellFormed(id) || await articles.GetAsync(id, token).ConfigureAwait(false) is null) return Problems.NotFound($"no article {id}");
        return Results.Ok(await listening.SummarizeAsync(id, token).ConfigureAwait(false));
    }

    private static async Task<IResult> Reports(IListeningStore listening, int? limit, CancellationToken token) =>
        Results.Ok(new { items = await listening.ListReportsAsync(Math.Clamp(limit ?? 100, 1, 1000), token).ConfigureAwait(false) });
}
