using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The article facts a page states in schema.org JSON-LD. <paramref name="BodyStart"/> is the start of its
/// <c>articleBody</c>, whitespace collapsed: enough to tell which paragraph the page itself says its story opens with.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, IReadOnlyList<string> Authors, string? DatePublished, string? Language, string? BodyStart = null);

/// <summary>
/// Reads the first schema.org Article (NewsArticle, BlogPosting, ...) from a page's JSON-LD scripts,
/// whether it is the top object, inside an array or inside <c>@graph</c>, and whether <c>@type</c> is a
/// string or a list. Broken JSON is ignored: metadata is a bonus, never a reason to fail.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxScriptChars = 1_000_000;
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonLdArticle? Read(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            if (text.Length > MaxScriptChars) continue;
            // Raw line breaks inside strings are a common publisher mistake; outside strings they are spaces anyway.
            text = text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
            try
            {
                using var json = JsonDocument.Parse(text, Options);
                if (FindArticle(json.RootElement) is { } article) return Describe(article);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON-LD (InvalidOperationException: a string escaping half a surrogate pair, "\ud800", read
                // only when the string is): try the next script, then the other metadata sources.
            }
        }
        return null;
    }

    /// <summary>The first object typed as an article, searched breadth-first with a node budget.</summary>
    private static JsonElement? FindArticle(JsonElement root)
    {
        foreach (var node in JsonObjects.BreadthFirst(root))
        {
            if (node.TryGetProperty("@type", out var type) && IsArticleType(type)) return node;
        }
        return null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => IsArticleTypeName(type.GetString()),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString())),
        _ => false,
    };

    private static bool IsArticleTypeName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return false;
        var local = name[(name.LastIndexOfAny(['/', ':', '#']) + 1)..]; // "http://schema.org/NewsArticle", "schema:Article"
        return local.EndsWith("Article", StringComparison.Ordinal) || local is "BlogPosting" or "LiveBlogPosting" or "Report";
    }

    private static JsonLdArticle Describe(JsonElement article)
    {
        var authors = new List<string>();
        if (article.TryGetProperty("author", out var author)) AddAuthors(author, authors);
        string? language = null;
        if (article.TryGetProperty("inLanguage", out var lang))
            language = lang.ValueKind == JsonValueKind.Object ? StringOf(lang, "alternateName") ?? StringOf(lang, "name") : AsString(lang);
        var body = StringOf(article, "articleBody");
        return new JsonLdArticle(StringOf(article, "headline") ?? StringOf(article, "name"), authors,
            StringOf(article, "datePublished"), language, body is null || body.Length <= MaxBodyStartChars ? body : body[..MaxBodyStartChars]);
    }

    // Longer than any lead a page sets apart from its body (see LeadParagraph).
    private const int MaxBodyStartChars = 1000;

    private static void AddAuthors(JsonElement author, List<string> names)
    {
        var items = author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().Take(20).ToList() : [author];
        foreach (var item in items)
        {
            var name = item.ValueKind == JsonValueKind.Object ? StringOf(item, "name") : AsString(item);
            // A bare URL identifies an author page, not a name anyone should hear.
            if (name is not null && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
                names.Add(name);
        }
    }

    private static string? StringOf(JsonElement obj, string property) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(property, out var value) ? AsString(value) : null;

    private static string? AsString(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Select(AsString).FirstOrDefault(s => s is not null),
            _ => null,
        };
        // Some CMSs put HTML entities inside JSON strings ("Fox&#x27;s").
        return string.IsNullOrWhiteSpace(text) ? null : TextClean.Collapse(WebUtility.HtmlDecode(text));
    }
}
