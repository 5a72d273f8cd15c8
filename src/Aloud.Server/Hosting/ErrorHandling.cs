namespace Aloud.Server.Hosting;

/// <summary>
/// Every error leaves as RFC 9457 ProblemDetails: unhandled exceptions as 500 without internals, bad requests
/// (malformed JSON, a body over the limit) with their own status, a store that is away or full (a database
/// restarting, a full disk) as 503 with Retry-After, and bare status codes (404) with a body too.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddAloudErrors(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // A body that is not JSON gets a reason a client can act on, not a bare "Bad Request".
            if (context.ProblemDetails.Detail is null && context.Exception is { } error && context.HttpContext.Response.StatusCode == StatusCodes.Status400BadRequest)
            {
                context.ProblemDetails.Detail = MalformedJsonBody.DetailFor(error);
            }
        });
        return services;
    }

    public static WebApplication UseAloudErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = error => error switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                _ when MalformedJsonBody.Is(error) => StatusCodes.Status400BadRequest,
                _ when Jobs.StoreOutage.Is(error) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                // A client (or its load balancer) should come back shortly rather than give up.
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey("Retry-After"))
                {
                    context.Response.Headers.RetryAfter = "5";
                }
                return Task.CompletedTask;
            });
            await next(context).ConfigureAwait(false);
        });
        app.UseStatusCodePages();
        return app;
    }
}
