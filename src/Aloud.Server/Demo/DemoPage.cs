using System.Net;
using System.Text;
using System.Text.Json;

namespace Aloud.Server.Demo;

/// <summary>
/// The demo article page: the narrated article's own text laid out as a publisher would (headline, byline,
/// paragraphs), with the player embedded by one script tag. The text comes from the timings file, so the
/// player finds every word of it on the page.
/// </summary>
public static class DemoPage
{
    /// <summary>The page for article <paramref name="id"/> whose timings JSON is <paramref name="timings"/>.</summary>
    public static string Render(string id, JsonElement timings)
    {
        var text = timings.GetProperty("text").GetString() ?? "";
        var title = timings.TryGetProperty("title", out var t) ? t.GetString() : null;
        var body = new StringBuilder();
        var playerPlaced = false;
        foreach (var block in timings.GetProperty("blocks").EnumerateArray())
        {
            var kind = block.GetProperty("kind").GetString();
            var content = Html(Tidy(text.Substring(block.GetProperty("charStart").GetInt32(), block.GetProperty("charLength").GetInt32())));
            title ??= kind == "headline" ? content : null;
            // The player goes where publishers put it: under the headline and byline, above the story.
            if (!playerPlaced && kind is not ("headline" or "byline" or "dateline"))
            {
                body.Append(Player(id));
                playerPlaced = true;
            }
            body.Append(kind switch
            {
                "headline" => $"<h1>{content}</h1>\n",
                "byline" or "dateline" => $"<p class=\"meta\">{content}</p>\n",
                "heading" => $"<h2>{content}</h2>\n",
                "quote" => $"<blockquote><p>{content}</p></blockquote>\n",
                "listItem" => $"<ul><li>{content}</li></ul>\n",
                "caption" or "credit" => $"<p class=\"small\">{content}</p>\n",
                _ => $"<p>{content}</p>\n",
            });
        }
        if (!playerPlaced) body.Append(Player(id));
        return $$"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>{{Html(title ?? "Aloud demo")}} · Aloud demo</title>
            <style>
            body { font: 18px/1.6 Georgia, "Times New Roman", serif; margin: 0; color: #1b1b1b; background: #fff; }
            header.site, footer.site { font: 14px/1.4 system-ui, sans-serif; padding: .75rem 1.25rem; border-bottom: 1px solid #ddd; }
            footer.site { border: 0; border-top: 1px solid #ddd; margin-top: 3rem; }
            main { max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
            h1 { font-size: 2rem; line-height: 1.2; }
            .meta, .small { font: 14px/1.4 system-ui, sans-serif; color: #4a4a4a; }
            a { color: #0b5cad; }
            @media (prefers-color-scheme: dark) {
              body { background: #121212; color: #e8e8e8; }
              .meta, .small { color: #bdbdbd; }
              a { color: #9fcbff; }
              header.site, footer.site { border-color: #333; }
            }
            </style>
            <script type="module" src="/player/aloud-player.js"></script>
            </head>
            <body>
            <header class="site"><strong>Aloud</strong> demo: a publisher's article page with the player embedded</header>
            <main>
            <article>
            {{body}}</article>
            </main>
            <footer class="site">Timings <a href="/audio/{{id}}.json">/audio/{{id}}.json</a> · audio <a href="/audio/{{id}}.mp3">/audio/{{id}}.mp3</a> · <a href="/admin">dashboard</a></footer>
            </body>
            </html>
            """;
    }

    /// <summary>
    /// A block's text as a publisher would set it: no space before a closing mark ("office , before" -> "office,
    /// before"), as copy pasted from a CMS sometimes has. The player finds each word by its text, not by its
    /// offset, so dropping those spaces keeps every word of the timings on the page.
    /// </summary>
    internal static string Tidy(string block)
    {
        var tidy = new StringBuilder(block.Length);
        for (var i = 0; i < block.Length; i++)
        {
            if (char.IsWhiteSpace(block[i]))
            {
                var end = i;
                while (end < block.Length && char.IsWhiteSpace(block[end]))
                {
                    end++;
                }
                // The run is kept unless a closing mark follows it directly (and the mark is not the block's start);
                // a point before a digit opens a number (" .5 percent").
                var closes = end < block.Length && block[end] is ',' or ';' or ':' or '.' or '!' or '?' or ')' or ']'
                    && !(block[end] == '.' && end + 1 < block.Length && char.IsAsciiDigit(block[end + 1]));
                if (tidy.Length == 0 || !closes)
                {
                    tidy.Append(block, i, end - i);
                }
                i = end - 1;
                continue;
            }
            tidy.Append(block[i]);
        }
        return tidy.ToString();
    }

    private static string Player(string id) =>
        $"<aloud-player article=\"{Html(id)}\" disclosure=\"Read aloud by Aloud, a synthetic voice\"></aloud-player>\n";

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
