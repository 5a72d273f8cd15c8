using System.Text.Json;
using Aloud.Server.Articles;
using Aloud.Server.Security;
using Aloud.Store;

namespace Aloud.Server.Endpoints;

/// <summary>The body of POST /api/hooks.</summary>
public sealed record HookRequest(string? Name, string? Voice, string? Format, string[]? Formats, double? Rate, bool? Intro, Dictionary<string, string>? VoicesFor = null);

/// <summary>
/// CMS webhooks. /api/hooks (API key) creates and lists them; POST /hooks/articles is what a CMS calls on
/// publish, signed with the hook's secret (see <see cref="WebhookSignature"/>) instead of an API key.
/// </summary>
public static class HookEndpoints
{
    public static WebApplication MapHooks(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/api/hooks").RequireApiKey().WithTags("Webhooks");
        group.MapPost("", Create).WithSummary("Create a webhook; the answer holds its secret, shown this once.");
        group.MapGet("", async (IHookStore hooks, CancellationToken token) =>
            Results.Ok((await hooks.ListAsync(token).ConfigureAwait(false)).Select(h => new { id = h.Id, name = h.Name, voice = h.Settings.Voice, created = h.Created })))
            .WithSummary("The webhooks (without their secrets).");
        group.MapDelete("/{id}", async (string id, IHookStore hooks, CancellationToken token) =>
            await hooks.DeleteAsync(id, token).ConfigureAwait(false) ? Results.NoContent() : Problems.NotFound($"no hook {id}"))
            .WithSummary("Delete a webhook: its deliveries are refused from then on.");
        app.MapPost("/hooks/articles", Deliver).WithTags("Webhooks").RequireRateLimiting(SecurityServices.PerKeyPolicy)
            .WithSummary("A CMS publish notification (WordPress-style post JSON), signed: X-Aloud-Hook, X-Aloud-Timestamp, X-Aloud-Signature.");
        return app;
    }

    private static async Task<IResult> Create(HookRequest request, IHookStore hooks, ArticleIntake intake, CancellationToken token)
    {
        NarrationSettings settings;
        try
        {
            settings = intake.SettingsOf(new ArticleRequest { Voice = request.Voice, Format = request.Format, Formats = request.Formats, Rate = request.Rate, Intro = request.Intro, VoicesFor = request.VoicesFor });
        }
        catch (IntakeException e)
        {
            return Problems.BadRequest(e.Message);
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? "cms" : request.Name.Trim();
        if (name.Length > 100) return Problems.BadRequest("name must be at most 100 characters");
        var hook = await hooks.CreateAsync(name, settings, token).ConfigureAwait(false);
        return Results.Created($"/api/hooks/{hook.Id}", new
        {
            id = hook.Id,
            name = hook.Name,
            secret = hook.Secret,
            endpoint = "/hooks/articles",
            headers = new[] { $"{WebhookSignature.HookHeader}: {hook.Id}", $"{WebhookSignature.TimestampHeader}: <unix seconds>", $"{WebhookSignature.SignatureHeader}: sha256=<hex HMAC-SHA256 of \"<timestamp>.<body>\">" },
        });
    }

    private static async Task<IResult> Deliver(HttpContext context, IHookStore hooks, ArticleIntake intake, CancellationToken token)
    {
        var hookId = context.Request.Headers[WebhookSignature.HookHeader].ToString();
        var hook = Ids.IsWellFormed(hookId) ? await hooks.GetAsync(hookId, token).ConfigureAwait(false) : null;
        if (hook is null) return Unauthorized($"{WebhookSignature.HookHeader} must name a webhook of this server");

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, token).ConfigureAwait(false);
        var body = buffer.ToArray();
        var now = DateTimeOffset.UtcNow;
        var signature = context.Request.Headers[WebhookSignature.SignatureHeader].ToString();
        if (WebhookSignature.Verify(hook.Secret, context.Request.Headers[WebhookSignature.TimestampHeader], signature, body, now) is { } why)
            return Unauthorized(why);
        if (!await hooks.RememberDeliveryAsync(hook.Id, signature, now + 2 * WebhookSignature.Tolerance, token).ConfigureAwait(false))
            return Problems.Conflict("this delivery was received already (replayed)");

        CmsPost post;
        try
        {
            post = CmsPost.Parse(body);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest("the body is not JSON: " + e.Message);
        }
        if (post.Status is { } status && !string.Equals(status, "publish", StringComparison.OrdinalIgnoreCase))
            return Results.Ok(new { ignored = true, reason = $"post status is '{status}', not 'publish'" });
        if (post.Url is null && post.Html is null) return Problems.BadRequest("the post has neither a link nor content");

        var request = new ArticleRequest
        {
            Url = post.Url,
            Html = post.Html is { } html ? post.AsPage(html) : null,
            Voice = hook.Settings.Voice,
            Formats = [.. hook.Settings.Formats],
            Rate = hook.Settings.Rate,
            VoicesFor = hook.Settings.VoicesFor?.ToDictionary(),
            Intro = hook.Settings.ReadIntro,
        };
        try
        {
            var result = await intake.SubmitAsync(request, "hook", null, null, token).ConfigureAwait(false);
            var answer = new { id = result.Article.Id, status = result.Article.Status.ToString().ToLowerInvariant(), queued = result.Queued };
            return result.Queued ? Results.Accepted($"/api/articles/{result.Article.Id}", answer) : Results.Ok(answer);
        }
        catch (IntakeException e)
        {
            return e.Status == 422 ? Problems.Unprocessable(e.Message) : Problems.BadRequest(e.Message);
        }
    }

    private static IResult Unauthorized(string detail) => Results.Problem(statusCode: 401, title: "Unauthorized", detail: detail);
}
