using Aloud.Server.Articles;
using Aloud.Server.Security;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>/api/articles: submit, read, list, update, delete and retry articles. Every route needs an API key.</summary>
public static class ArticleEndpoints
{
    public static IServiceCollection AddAloudArticles(this IServiceCollection services) => services.AddSingleton<ArticleIntake>();

    public static WebApplication MapArticles(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/articles").RequireApiKey().WithTags("Articles");
        group.MapPost("", Submit).WithSummary("Submit an article (url, html, text or ssml); 202 with its id when queued, 200 when unchanged.");
        group.MapGet("", List).WithSummary("List articles, newest first: ?offset=&limit=&status=queued|running|done|failed");
        group.MapGet("/{id}", Get).WithSummary("An article: status, progress, duration, audio links, versions, failure reason.");
        group.MapGet("/{id}/content", Content).WithSummary("The current version's content as it was given or fetched: {version, kind, contentType, content}; for editing.");
        group.MapPut("/{id}", Update).WithSummary("New content for an article: only the sentences that changed are synthesised again.");
        group.MapDelete("/{id}", Delete).WithSummary("Delete an article and its audio.");
        group.MapPost("/{id}/retry", Retry).WithSummary("Queue the article's current version again (after a failure).");
        return app;
    }

    private static async Task<IResult> Submit(ArticleRequest request, ArticleIntake intake, CancellationToken token)
    {
        try
        {
            var result = await intake.SubmitAsync(request, "new", null, null, token).ConfigureAwait(false);
            return Accepted(result);
        }
        catch (IntakeException e)
        {
            return Refused(e);
        }
    }

    private static async Task<IResult> Update(string id, ArticleRequest request, ArticleIntake intake, IArticleStore store, CancellationToken token)
    {
        if (!Ids.IsWellFormed(id)) return Problems.NotFound($"no article {id}");
        var existing = await store.GetAsync(id, token).ConfigureAwait(false);
        if (existing is null) return Problems.NotFound($"no article {id}");
        // A PUT without a url keeps the article's own; one with a different url would move its identity: refused.
        // A url that does not parse is left to the intake, which refuses it with a 400 saying why.
        if (request.Url is not null && existing.Url is not null && Uri.TryCreate(request.Url, UriKind.Absolute, out var given)
            && !string.Equals(given.GetLeftPart(UriPartial.Query), existing.Url, StringComparison.Ordinal))
        {
            return Problems.Conflict($"the article's url is {existing.Url}; post a new article for another url");
        }
        try
        {
            var result = await intake.SubmitAsync(request with { Url = request.Url ?? existing.Url }, "edit", id, null, token).ConfigureAwait(false);
            return Accepted(result);
        }
        catch (IntakeException e)
        {
            return Refused(e);
        }
    }

    private static IResult Accepted(SubmissionResult result)
    {
        var body = new { id = result.Article.Id, status = result.Article.Status.ToString().ToLowerInvariant(), created = result.Created, queued = result.Queued, link = $"/api/articles/{result.Article.Id}" };
        return result.Queued ? Results.Accepted($"/api/articles/{result.Article.Id}", body) : Results.Ok(body);
    }

    private static IResult Refused(IntakeException e) => e.Status switch
    {
        404 => Problems.NotFound(e.Message),
        422 => Problems.Unprocessable(e.Message),
        _ => Problems.BadRequest(e.Message),
    };

    private static async Task<IResult> Get(string id, IArticleStore store, CancellationToken token)
    {
        var article = Ids.IsWellFormed(id) ? await store.GetAsync(id, token).ConfigureAwait(false) : null;
        if (article is null) return Problems.NotFound($"no article {id}");
        var versions = await store.ListVersionsAsync(id, token).ConfigureAwait(false);
        return Results.Ok(ArticleView.Of(article, versions));
    }

    private static async Task<IResult> Content(string id, IArticleStore store, CancellationToken token)
    {
        var article = Ids.IsWellFormed(id) ? await store.GetAsync(id, token).ConfigureAwait(false) : null;
        if (article is null) return Problems.NotFound($"no article {id}");
        var content = await store.GetContentAsync(id, article.CurrentVersion, token).ConfigureAwait(false);
        if (content is null) return Problems.NotFound($"article {id} has no content yet: its URL has not been fetched");
        return Results.Ok(new
        {
            version = article.CurrentVersion,
            kind = content.Kind.ToString().ToLowerInvariant(),
            contentType = content.ContentType,
            content = System.Text.Encoding.UTF8.GetString(content.Bytes),
        });
    }

    private static async Task<IResult> List(IArticleStore store, int? offset, int? limit, string? status, CancellationToken token)
    {
        if (offset is < 0) return Problems.BadRequest("offset must be 0 or more");
        if (limit is < 1 or > 100) return Problems.BadRequest("limit must be between 1 and 100");
        ArticleStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ArticleStatus>(status, ignoreCase: true, out var parsed) || int.TryParse(status, out _))
                return Problems.BadRequest("status must be queued, running, done or failed");
            filter = parsed;
        }
        var page = await store.ListAsync(new ArticleQuery(offset ?? 0, limit ?? 20, filter), token).ConfigureAwait(false);
        var next = page.Offset + page.Items.Count < page.Total ? $"/api/articles?offset={page.Offset + page.Limit}&limit={page.Limit}{(status is null ? "" : "&status=" + status.ToLowerInvariant())}" : null;
        return Results.Ok(new { items = page.Items.Select(a => ArticleView.Of(a)), total = page.Total, offset = page.Offset, limit = page.Limit, next });
    }

    private static async Task<IResult> Delete(string id, IArticleStore store, IBlobStore blobs, PublishedAudioCache audio, CancellationToken token)
    {
        if (!Ids.IsWellFormed(id) || !await store.DeleteAsync(id, token).ConfigureAwait(false)) return Problems.NotFound($"no article {id}");
        audio.Forget(id);
        await blobs.DeletePrefixAsync(AudioKeys.FolderOf(id), token).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<IResult> Retry(string id, IArticleStore store, Jobs.JobSignal signal, CancellationToken token)
    {
        var article = Ids.IsWellFormed(id) ? await store.GetAsync(id, token).ConfigureAwait(false) : null;
        if (article is null) return Problems.NotFound($"no article {id}");
        if (!await store.RequeueAsync(id, "retry", token).ConfigureAwait(false)) return Problems.Conflict("the article is already queued");
        signal.Queued();
        return Results.Accepted($"/api/articles/{id}", new { id, status = "queued" });
    }
}
