using Aloud.Server.Admin;
using Aloud.Store;

namespace Aloud.Server.Security;

/// <summary>
/// Reads the caller's API key ("Authorization: Bearer KEY", or "X-Api-Key: KEY") and checks it against the
/// store. The verified key is kept on the request for rate limiting and logs.
/// </summary>
public sealed class ApiKeyAuthenticator(IKeyStore keys)
{
    private const string ItemKey = "aloud.api-key";

    /// <summary>The presented secret, or null when the request carries none.</summary>
    public static string? PresentedSecret(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        var apiKey = request.Headers["X-Api-Key"].ToString();
        return apiKey.Length > 0 ? apiKey.Trim() : null;
    }

    /// <summary>The verified key of the request, or null.</summary>
    public async Task<ApiKeyInfo?> AuthenticateAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known)) return (ApiKeyInfo?)known;
        var secret = PresentedSecret(context.Request);
        var key = secret is null ? null : await keys.VerifyAsync(secret, context.RequestAborted).ConfigureAwait(false);
        context.Items[ItemKey] = key;
        return key;
    }
}

/// <summary>Whether a request may go on, and if not, how to say no.</summary>
public enum KeyCheck
{
    Allowed,
    Missing,
    Invalid,
    ReadOnly,

    /// <summary>A dashboard session's write without its CSRF token.</summary>
    Csrf,
}

/// <summary>
/// The endpoint filter on every API route: no key or a wrong key is 401, a read-only key on a write is 403,
/// both as ProblemDetails with a WWW-Authenticate challenge.
/// </summary>
internal sealed class RequireApiKey(ApiKeyAuthenticator authenticator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var check = await Check(authenticator, context.HttpContext).ConfigureAwait(false);
        return check switch
        {
            KeyCheck.Allowed => await next(context).ConfigureAwait(false),
            KeyCheck.ReadOnly => Results.Problem(statusCode: 403, title: "Forbidden", detail: "this API key is read-only"),
            KeyCheck.Csrf => Results.Problem(statusCode: 403, title: "Forbidden", detail: $"a dashboard write needs the session's {AdminSession.CsrfHeader} header"),
            _ => Unauthorized(context.HttpContext, check == KeyCheck.Missing ? "an API key is required: send 'Authorization: Bearer KEY'" : "the API key is not valid"),
        };
    }

    public static async Task<KeyCheck> Check(ApiKeyAuthenticator authenticator, HttpContext context)
    {
        var writes = !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);
        if (ApiKeyAuthenticator.PresentedSecret(context.Request) is null)
        {
            // The dashboard signs in with a key once, then calls the API with its session cookie (and CSRF header).
            var session = context.RequestServices.GetService<AdminSession>() is { } sessions ? await sessions.ReadAsync(context).ConfigureAwait(false) : null;
            if (session is null) return KeyCheck.Missing;
            if (writes && !AdminSession.CsrfMatches(context, session)) return KeyCheck.Csrf;
            return writes && session.Key.ReadOnly ? KeyCheck.ReadOnly : KeyCheck.Allowed;
        }
        var key = await authenticator.AuthenticateAsync(context).ConfigureAwait(false);
        if (key is null) return KeyCheck.Invalid;
        return writes && key.ReadOnly ? KeyCheck.ReadOnly : KeyCheck.Allowed;
    }

    private static IResult Unauthorized(HttpContext context, string detail)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"aloud\"";
        return Results.Problem(statusCode: 401, title: "Unauthorized", detail: detail);
    }
}
