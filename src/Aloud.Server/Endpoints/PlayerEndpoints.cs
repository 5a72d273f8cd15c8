using Aloud.Server.Player;

namespace Aloud.Server.Endpoints;

/// <summary>
/// /player/aloud-player.js and its CSS (and the dashboard's files): public, gzipped when the browser accepts it,
/// revalidated by ETag so a new release reaches pages within minutes.
/// </summary>
public static class PlayerEndpoints
{
    public static IServiceCollection AddAloudPlayer(this IServiceCollection services) => services.AddSingleton<WebAssets>();

    public static WebApplication MapPlayer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapMethods("/player/{file}", ["GET", "HEAD"], (string file, HttpContext context, WebAssets assets) => Serve("player/" + file, context, assets))
            .WithTags("Player").WithSummary("The <aloud-player> element (aloud-player.js) and its stylesheet (aloud-player.css).");
        return app;
    }

    /// <summary>Sends an embedded asset with caching and compression headers; 404 when there is none.</summary>
    internal static IResult Serve(string path, HttpContext context, WebAssets assets)
    {
        if (assets.Find(path) is not { } asset) return Problems.NotFound($"no file /{path}");
        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=300";
        headers.ETag = asset.ETag;
        headers.Vary = "Accept-Encoding";
        // Pages on any site embed the player: a cross-origin module script needs CORS.
        headers.AccessControlAllowOrigin = "*";
        headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.ToString() == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        var gzip = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (gzip) headers.ContentEncoding = "gzip";
        return Results.Bytes(gzip ? asset.Gzipped : asset.Bytes, asset.ContentType);
    }
}
