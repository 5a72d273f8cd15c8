using System.Text.Json;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// JSON Feed 1.0 and 1.1: title and home_page_url, and for each item id, url, title, date_published,
/// date_modified, authors (or 1.0's author), content_html, content_text and summary.
/// </summary>
internal static class JsonFeedParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static Feed Parse(string json, Uri? source, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || String(root, "version")?.Contains("jsonfeed.org", StringComparison.OrdinalIgnoreCase) != true)
                throw new AloudInputException($"not a feed: {name} is JSON but not a JSON Feed (no jsonfeed.org version)");
            var link = FeedItemBuilder.Link(String(root, "home_page_url"), source);
            // "items" is required and a list: anything else is a broken feed, not an empty one.
            if (!root.TryGetProperty("items", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new AloudInputException($"malformed feed {name}: \"items\" must be a list");
            var items = list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(i => Item(i, source)).ToList();
            return new Feed(FeedText.Clean(String(root, "title")), link, items);
        }
        catch (JsonException e)
        {
            throw new AloudInputException($"malformed feed {name}: invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {Reason(e)}", e);
        }
        catch (InvalidOperationException e)
        {
            // Valid JSON syntax, but a string escapes half a surrogate pair ("\ud800"): found only when it is read.
            throw new AloudInputException($"malformed feed {name}: a string in it is not valid text (half of a UTF-16 surrogate pair)", e);
        }
    }

    /// <summary>The parser's reason without the position it appends ("... LineNumber: 0 | BytePositionInLine: 3.").</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message.ReplaceLineEndings(" ");
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (position < 0 ? message : message[..position]).TrimEnd();
    }

    private static FeedItem Item(JsonElement item, Uri? baseUri) => FeedItemBuilder.Build(
        String(item, "id"),
        String(item, "url") ?? String(item, "external_url"),
        baseUri,
        String(item, "title"),
        FeedDates.Parse(String(item, "date_published")),
        FeedDates.Parse(String(item, "date_modified")),
        Authors(item),
        String(item, "content_html") ?? FeedText.TextToHtml(String(item, "content_text")),
        String(item, "summary"));

    private static string? Authors(JsonElement item)
    {
        var names = new List<string>();
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            names.AddRange(authors.EnumerateArray().Select(a => FeedText.Clean(String(a, "name"))).OfType<string>());
        else if (item.TryGetProperty("author", out var author) && FeedText.Clean(String(author, "name")) is { } one)
            names.Add(one); // JSON Feed 1.0
        return names.Count == 0 ? null : Bylines.Join(names);
    }

    /// <summary>A string property; a number is taken as its text (1.0 feeds sometimes number their ids).</summary>
    private static string? String(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
