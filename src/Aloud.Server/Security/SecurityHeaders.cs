namespace Aloud.Server.Security;

/// <summary>
/// Headers every response gets unless its endpoint set its own: X-Content-Type-Options (nothing served is to be
/// sniffed into HTML or script), a Referrer-Policy, and on HTML a Content-Security-Policy that runs nothing and
/// may not be framed. The dashboard sets a stricter policy of its own; the demo article page allows framing, so a
/// publisher can embed it with its player.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>For an HTML response that set no policy: no scripts, no plugins, no framing.</summary>
    public const string DefaultHtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            var headers = response.Headers;
            if (!headers.ContainsKey("X-Content-Type-Options")) headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true && !headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = DefaultHtmlPolicy;
                headers.XFrameOptions = "DENY";
            }
            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    }
}
