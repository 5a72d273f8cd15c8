namespace Aloud.Ingest;

/// <summary>
/// A quote is heard once. A pull quote, or an embedded post whose text the story has already quoted, repeats
/// words that came before it: such a quote block is dropped when most of its word sequences (four words at a
/// time) already appeared in the blocks above it, with the attribution or signature right after it.
/// </summary>
internal static class RepeatedQuotes
{
    private const int Shingle = 4;
    private const double RepeatedShare = 0.6;

    public static IReadOnlyList<ArticleBlock> Drop(IReadOnlyList<ArticleBlock> blocks)
    {
        if (!blocks.Any(b => b.Kind == BlockKind.Quote)) return blocks;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<ArticleBlock>(blocks.Count);
        var dropping = false;
        foreach (var block in blocks)
        {
            if (dropping && block.Kind == BlockKind.Quote && (WidgetLines.IsPostSignature(block.Text) || IsAttribution(block.Text))) continue;
            var shingles = Shingles(block.Text);
            dropping = block.Kind == BlockKind.Quote && shingles.Count > 0 && shingles.Count(seen.Contains) >= shingles.Count * RepeatedShare;
            if (dropping) continue;
            seen.UnionWith(shingles);
            kept.Add(block);
        }
        return kept;
    }

    /// <summary>
    /// A pull quote's attribution, the short line its &lt;cite&gt; leaves ("Kenji Aldana-Ruiz", "— the mayor"): a name
    /// with no sentence in it, which goes with the quote it names.
    /// </summary>
    private static bool IsAttribution(string text)
    {
        var trimmed = text.Trim();
        return TextClean.WordCount(trimmed) <= MaxAttributionWords && trimmed.Length > 0 && trimmed[^1] is not ('.' or '!' or '?');
    }

    private const int MaxAttributionWords = 8;

    /// <summary>Four-word sequences of the text, lower-cased, punctuation stripped from each word.</summary>
    private static List<string> Shingles(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0).ToArray();
        var result = new List<string>();
        for (var i = 0; i + Shingle <= words.Length; i++) result.Add(string.Join(' ', words, i, Shingle));
        return result;
    }
}
