using System.Net;
using System.Text.Json;

namespace Aloud.Server.Articles;

/// <summary>
/// A CMS publish payload, read leniently: WordPress's REST shape ("link", "title": {"rendered"}, "content":
/// {"rendered"}, "status", "date_gmt"), its hook shape ("post_url"/"permalink", "post_title", "post_content",
/// "post_status"), or plain "url"/"html"/"title". Values may sit at the top level or under "post".
/// </summary>
public sealed record CmsPost(string? Url, string? Title, string? Html, string? Status, string? Date, string? Author)
{
    public static CmsPost Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32 });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("the payload must be a JSON object");
        if (root.TryGetProperty("post", out var post) && post.ValueKind == JsonValueKind.Object) root = post;
        return new CmsPost(
            Text(root, "url", "link", "permalink", "post_url", "guid"),
            Text(root, "title", "post_title"),
            Text(root, "html", "content", "post_content"),
            Text(root, "status", "post_status"),
            Text(root, "date_gmt", "post_date_gmt", "date", "post_date"),
            Text(root, "author_name", "author"));
    }

    /// <summary>The post as a page: the title as its headline, the date and author as metadata the extractor reads.</summary>
    public string AsPage(string html)
    {
        var title = WebUtility.HtmlEncode(Title ?? "");
        var date = Date is { } d ? $"<meta property=\"article:published_time\" content=\"{WebUtility.HtmlEncode(d)}\">" : "";
        var author = Author is { } a ? $"<meta name=\"author\" content=\"{WebUtility.HtmlEncode(a)}\">" : "";
        return html.Contains("<html", StringComparison.OrdinalIgnoreCase)
            ? html
            : $"<!doctype html><html><head><title>{title}</title>{date}{author}</head><body><article><h1>{title}</h1>{html}</article></body></html>";
    }

    /// <summary>The first of <paramref name="names"/> that holds a string, or an object with a "rendered" string.</summary>
    private static string? Text(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            if (!element.TryGetProperty(name, out var value)) continue;
            if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text) return text;
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("rendered", out var rendered)
                && rendered.ValueKind == JsonValueKind.String && rendered.GetString() is { Length: > 0 } html) return html;
        }
        return null;
    }
}
