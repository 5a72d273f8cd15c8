using Aloud.Server.Admin;
using Aloud.Server.Hosting;
using Aloud.Server.Player;
using Aloud.Store;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Endpoints;

/// <summary>
/// /admin: the editors' dashboard. Sign in with an API key; the dashboard's page then calls the same /api routes
/// with its session cookie and CSRF header (<see cref="AdminSession"/>).
/// </summary>
public static class AdminEndpoints
{
    // The dashboard loads only its own files and the player; nothing inline runs, and no other site may frame it.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; media-src 'self' blob:; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public static IServiceCollection AddAloudAdmin(this IServiceCollection services)
    {
        services.AddDataProtection();
        // Session cookies stay valid across restarts: the data protection keys live in the data folder.
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(sp.GetRequiredService<IOptions<ServerOptions>>().Value.Data, "keys")), sp.GetRequiredService<ILoggerFactory>())));
        services.AddSingleton<AdminSession>();
        // The keys sit beside the database in the data folder, which is the trust boundary; the warning that
        // they are not encrypted at rest would only alarm `aloud demo` users.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
        return services;
    }

    public static WebApplication MapAdmin(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/admin").WithTags("Dashboard").ExcludeFromDescription();
        group.MapGet("", Page);
        group.MapPost("/login", SignIn);
        group.MapPost("/logout", SignOut);
        group.MapGet("/session", Session);
        group.MapGet("/{file}", (string file, HttpContext context, WebAssets assets) => PlayerEndpoints.Serve("admin/" + file, context, assets));
        return app;
    }

    private static async Task<IResult> Page(HttpContext context, AdminSession sessions, WebAssets assets)
    {
        Secure(context);
        if (await sessions.ReadAsync(context).ConfigureAwait(false) is null) return Results.Content(LoginPage.Render(null), "text/html; charset=utf-8");
        return Results.Bytes(assets.Find("admin/index.html")!.Bytes, "text/html; charset=utf-8");
    }

    private static async Task<IResult> SignIn(HttpContext context, AdminSession sessions, IKeyStore keys)
    {
        Secure(context);
        // Login CSRF: a form posted from another site says so in its Origin header.
        if (!SameOrigin(context)) return Results.Problem(statusCode: 403, title: "Forbidden", detail: "sign in from the dashboard's own page");
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false) : null;
        var secret = form?["key"].ToString().Trim() ?? "";
        var key = secret.Length > 0 ? await keys.VerifyAsync(secret, context.RequestAborted).ConfigureAwait(false) : null;
        if (key is null)
        {
            return Results.Content(LoginPage.Render("That key is not valid."), "text/html; charset=utf-8", statusCode: 401);
        }
        sessions.SignIn(context, key);
        return Results.Redirect("/admin", permanent: false, preserveMethod: false);
    }

    private static IResult SignOut(HttpContext context)
    {
        if (!SameOrigin(context)) return Results.Problem(statusCode: 403, title: "Forbidden", detail: "sign out from the dashboard's own page");
        AdminSession.SignOut(context);
        return Results.Redirect("/admin");
    }

    /// <summary>The signed-in key and the CSRF token for the dashboard's script (readable by same-origin pages only).</summary>
    private static async Task<IResult> Session(HttpContext context, AdminSession sessions)
    {
        context.Response.Headers.CacheControl = "no-store";
        var session = await sessions.ReadAsync(context).ConfigureAwait(false);
        return session is null
            ? Results.Problem(statusCode: 401, title: "Unauthorized", detail: "not signed in")
            : Results.Ok(new { name = session.Key.Name, readOnly = session.Key.ReadOnly, csrf = session.Csrf, expires = session.Expires });
    }

    private static bool SameOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length == 0 || string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static void Secure(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
    }
}
