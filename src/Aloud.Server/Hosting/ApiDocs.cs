namespace Aloud.Server.Hosting;

/// <summary>The OpenAPI document of every endpoint, served at /openapi/v1.json.</summary>
public static class ApiDocs
{
    public static IServiceCollection AddAloudApiDocs(this IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Aloud";
            document.Info.Description = "Narrate news articles: articles, audio, podcast feeds, webhooks, lexicon, and an OpenAI-compatible speech endpoint. See docs/api.md.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi("/openapi/{documentName}.json");
        return app;
    }
}
