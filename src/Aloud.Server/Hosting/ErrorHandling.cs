namespace Aloud.Server.Hosting;

/// <summary>
/// Every error leaves as RFC 9457 ProblemDetails: unhandled exceptions as 500 without internals, bad requests
/// (malformed JSON, a body over the limit) with their own status, and bare status codes (404) with a body too.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddAloudErrors(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseAloudErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        return app;
    }
}
