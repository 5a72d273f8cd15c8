using Aloud.Server.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Security;

/// <summary>
/// Refuses a body larger than <see cref="ServerOptions.MaxRequestBytes"/> before it is read: at once from its
/// Content-Length, and through the server's own limit for a body that does not say its length (Kestrel stops
/// reading at the limit). Kestrel is configured with the same limit; this makes it hold on every host.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IOptions<ServerOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var max = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > max)
        {
            await Results.Problem(statusCode: 413, title: "Content Too Large", detail: $"the request body is {context.Request.ContentLength} bytes; the limit is {max}")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }
        await next(context).ConfigureAwait(false);
    }
}
