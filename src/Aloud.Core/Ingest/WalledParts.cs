using System.Text.Json;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The parts of a page its own JSON-LD marks as behind the paywall: a <c>hasPart</c> element with
/// <c>"isAccessibleForFree": false</c> and a <c>cssSelector</c>, the markup search engines ask of a paywalled story.
/// A page that serves its locked text to crawlers hides that part (<c>aria-hidden</c>, a "paywall" class) until a
/// subscriber signs in; the page itself says the part is the article, so it is read. The offer beside it is not in
/// the part and is judged as ever. Selectors the page gets wrong are ignored: this is a hint, never a reason to fail.
/// </summary>
internal static class WalledParts
{
    private const int MaxScriptChars = 1_000_000;
    private const int MaxSelectors = 8;
    private const int MaxSelectorChars = 200;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The parsed selectors of the page's paywalled parts; empty when it marks none.</summary>
    public static IReadOnlyList<ISelector> Find(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var texts = new List<string>();
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!script.GetAttribute("type")!.Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var text = script.TextContent;
            if (text.Length > MaxScriptChars || !text.Contains("cssSelector", StringComparison.Ordinal)) continue;
            try
            {
                using var json = JsonDocument.Parse(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '), Options);
                Collect(json.RootElement, texts);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // Broken JSON-LD marks nothing.
            }
        }
        var parser = new CssSelectorParser();
        var selectors = new List<ISelector>();
        foreach (var text in texts.Distinct(StringComparer.Ordinal).Take(MaxSelectors))
        {
            if (parser.ParseSelector(text) is { } selector) selectors.Add(selector);
        }
        return selectors;
    }

    /// <summary>The cssSelector strings of every object marked not free, searched breadth-first with a node budget.</summary>
    private static void Collect(JsonElement root, List<string> selectors)
    {
        foreach (var node in JsonObjects.BreadthFirst(root))
        {
            if (IsNotFree(node) && node.TryGetProperty("cssSelector", out var css)) AddSelectors(css, selectors);
        }
    }

    // Publishers write the flag as a boolean or as the string "False".
    private static bool IsNotFree(JsonElement node) =>
        node.TryGetProperty("isAccessibleForFree", out var free) && (free.ValueKind == JsonValueKind.False
            || (free.ValueKind == JsonValueKind.String && string.Equals(free.GetString(), "false", StringComparison.OrdinalIgnoreCase)));

    private static void AddSelectors(JsonElement css, List<string> selectors)
    {
        var items = css.ValueKind == JsonValueKind.Array ? css.EnumerateArray().Take(MaxSelectors).ToList() : [css];
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 and <= MaxSelectorChars } text && !string.IsNullOrWhiteSpace(text))
                selectors.Add(text.Trim());
        }
    }
}
