using System.CommandLine;
using System.Text;
using Aloud.Server;
using Aloud.Server.Articles;
using Aloud.Server.Demo;
using Aloud.Store;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud demo</c>: starts the service, posts a sample article, waits for its narration with progress, prints
/// the URLs to open, and keeps serving until Ctrl+C. The quickest way to see the whole product work.
/// </summary>
internal static class DemoCommand
{
    private static readonly ServerOptionsArguments Shared = new();
    private static readonly Argument<string> Article = new("ARTICLE")
    {
        Description = "An article page or text file to narrate (default: the project's sample, samples/harbor-festival.html).",
        DefaultValueFactory = _ => Path.Combine("samples", "harbor-festival.html"),
    };
    private static readonly Option<string?> Urls = new("--urls") { Description = $"Addresses to listen on (default {AloudServer.DefaultUrl})." };

    public static Command Create()
    {
        var command = new Command("demo", "Serve, narrate a sample article through the API's own path, print its URLs, keep serving.") { Article, Urls };
        foreach (var option in Shared.All) command.Options.Add(option);
        command.SetAction(result => CliErrors.Run(() => RunAsync(result).GetAwaiter().GetResult()));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result)
    {
        var path = result.GetValue(Article)!;
        if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
        var settings = Shared.ToConfiguration(result);
        if (result.GetValue(Urls) is { } urls) settings["urls"] = urls;
        // The demo prints its own progress and URLs; only warnings from the host and the framework.
        settings["Logging:LogLevel:Default"] = "Warning";
        var app = AloudServer.Build([], settings);
        var demo = app.Services.GetRequiredService<DemoArticle>();
        demo.Expect();
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? AloudServer.DefaultUrl;

        var key = Environment.GetEnvironmentVariable("ALOUD_API_KEY") is { Length: >= 16 } given ? given
            : (await app.Services.GetRequiredService<IKeyStore>().CreateAsync("demo", readOnly: false).ConfigureAwait(false)).Secret;
        var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        var request = path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? new ArticleRequest { Html = text, Url = "https://example.com/demo/" + Path.GetFileNameWithoutExtension(path) }
            : new ArticleRequest { Text = text };
        var submitted = await app.Services.GetRequiredService<ArticleIntake>().SubmitAsync(request, "new", null, null, CancellationToken.None).ConfigureAwait(false);
        var id = submitted.Article.Id;
        Console.Error.WriteLine($"aloud demo: serving at {address}; narrating {path} as article {id}");

        var store = app.Services.GetRequiredService<IArticleStore>();
        StoredArticle article;
        var live = !Console.IsErrorRedirected;
        var shown = "";
        while (true)
        {
            article = (await store.GetAsync(id).ConfigureAwait(false))!;
            if ((article.Status == ArticleStatus.Done && article.Audio is not null) || article.Status == ArticleStatus.Failed) break;
            var line = $"  {article.Status.ToString().ToLowerInvariant()}: {article.SentencesDone}/{article.SentencesTotal} sentences";
            if (line != shown)
            {
                // A live line on a terminal; one line per change when redirected, as narrate does.
                Console.Error.Write(live ? $"\r{line}   " : line + "\n");
                shown = line;
            }
            await Task.Delay(250).ConfigureAwait(false);
        }
        if (live) Console.Error.WriteLine();
        if (article.Status == ArticleStatus.Failed) throw new Ingest.AloudInputException($"narration failed: {article.Error}");

        demo.Ready(id);
        var lines = new StringBuilder()
            .AppendLine($"narrated \"{article.Title}\": {DurationText.Format(article.Audio!.DurationMs)} of audio")
            .AppendLine($"  listen   {address}/demo   (the article page with the player: press play and follow along)")
            .AppendLine($"  audio    {address}/audio/{id}.mp3   (also .ogg)")
            .AppendLine($"  timings  {address}/audio/{id}.json  captions {address}/audio/{id}.vtt")
            .AppendLine($"  podcast  {address}/feeds/default.xml")
            .AppendLine($"  dashboard {address}/admin   (sign in with the API key {key})")
            .AppendLine($"  article  curl -H 'Authorization: Bearer {key}' {address}/api/articles/{id}")
            .AppendLine($"  API docs {address}/openapi/v1.json   (docs/api.md)")
            .AppendLine("Ctrl+C stops the server; everything is kept in the data folder.");
        Console.WriteLine(lines.ToString().TrimEnd());
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
