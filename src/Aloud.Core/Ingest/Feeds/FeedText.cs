using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// Small text conversions the feed parsers share: HTML to plain text (for titles, summaries and hashes),
/// plain text to HTML paragraphs, and content hashes.
/// </summary>
internal static class FeedText
{
    /// <summary>
    /// The text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. A plain scan, not
    /// a parser — good enough for a title or a hash, and linear in the input whatever the markup.
    /// </summary>
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var sb = new StringBuilder(html.Length);
        var tag = -1; // where the current tag starts in html, or -1 outside tags
        for (var i = 0; i < html.Length; i++)
        {
            var c = html[i];
            if (tag >= 0)
            {
                if (c != '>') continue;
                // "a<br>b" and "</p><p>" separate words; "<em>x</em>." does not.
                if (!IsInline(html.AsSpan(tag + 1, i - tag - 1))) sb.Append(' ');
                tag = -1;
                continue;
            }
            if (c == '<') tag = i;
            else sb.Append(c);
        }
        return TextClean.Collapse(WebUtility.HtmlDecode(sb.ToString()));
    }

    private static bool IsInline(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var end = tag.IndexOfAny(" \t\r\n/");
        var name = (end < 0 ? tag : tag[..end]).ToString().ToLowerInvariant();
        return name is "a" or "b" or "i" or "em" or "strong" or "span" or "code" or "small" or "sup" or "sub"
            or "u" or "s" or "mark" or "abbr" or "cite" or "q" or "time" or "font";
    }

    /// <summary>Null for null or blank; otherwise the plain text of <paramref name="html"/>, null when empty.</summary>
    public static string? PlainOrNull(string? html)
    {
        var text = ToPlain(html);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Plain text as HTML: each blank-line-separated paragraph in a &lt;p&gt;, escaped.</summary>
    public static string? TextToHtml(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>\n"));
    }

    /// <summary>The lower-case hex SHA-256 of the title and text, each whitespace-collapsed.</summary>
    public static string Hash(string? title, string text)
    {
        var normalised = TextClean.Collapse(title ?? "") + "\n" + TextClean.Collapse(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : TextClean.Collapse(text);
}
