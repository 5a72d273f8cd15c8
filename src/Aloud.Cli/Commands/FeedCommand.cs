using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Aloud.Ingest;
using Aloud.Ingest.Feeds;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud feed INPUT</c>: lists a feed's items, to check a feed before subscribing to it.</summary>
internal static class FeedCommand
{
    private static readonly Argument<string> Input = new("input")
    {
        Description = "An RSS, Atom or JSON Feed URL, a feed file, or '-' for standard input.",
    };

    private static readonly Option<bool> Json = new("--json") { Description = "Print the items as a JSON array." };
    private static readonly Option<bool> AllowPrivate = ArticleInputOptions.AllowPrivateHosts();

    public static Command Create()
    {
        var command = new Command("feed", "List a feed's items: id, date, title, link, and whether the feed carries the full text.")
        {
            Input, Json, AllowPrivate,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var fetch = SafeFetchOptions.Default with
        {
            AllowPrivateHosts = result.GetValue(AllowPrivate),
            AcceptedMediaTypes = MediaTypes.PagesAndFeeds,
            Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        };
        var source = new InputLoader(fetch).LoadAsync(result.GetValue(Input)!).GetAwaiter().GetResult();
        var feed = FeedReader.Parse(source.Bytes, source.ContentType, source.Source);
        if (result.GetValue(Json)) WriteJson(feed);
        else WriteText(feed);
        return ExitCodes.Success;
    }

    private static void WriteText(Feed feed)
    {
        Console.WriteLine($"{feed.Title ?? "(untitled feed)"}{(feed.Link is null ? "" : "  " + feed.Link)}  ({Plural.Count(feed.Items.Count, "item")})");
        foreach (var item in feed.Items)
        {
            var date = (item.Published ?? item.Updated)?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "(no date)";
            var text = FeedItemArticle.HasFullText(item) ? "full" : "teaser";
            Console.WriteLine($"{date,-16}  {text,-6}  {item.Title ?? "(untitled)"}");
            Console.WriteLine($"{"",-16}  {"",-6}  {item.Link?.ToString() ?? "(no link)"}  id: {item.Id}");
        }
    }

    private static void WriteJson(Feed feed)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var item in feed.Items)
            {
                json.WriteStartObject();
                json.WriteString("id", item.Id);
                WriteDate(json, "published", item.Published);
                WriteDate(json, "updated", item.Updated);
                json.WriteString("title", item.Title);
                json.WriteString("link", item.Link?.AbsoluteUri);
                json.WriteString("author", item.Author);
                json.WriteBoolean("fullText", FeedItemArticle.HasFullText(item));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateTimeOffset? date)
    {
        if (date is { } d) json.WriteString(name, d);
        else json.WriteNull(name);
    }
}
