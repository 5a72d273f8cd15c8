namespace Aloud.Ingest;

/// <summary>
/// A quote is heard once. A pull quote, or an embedded post whose text the story has already quoted, repeats
/// words that came before it: such a quote block is dropped when most of its word sequences (four words at a
/// time) already appeared in the blocks above it, or appear in one of the few paragraphs right after it (a pull
/// quote set above its source), with the attribution or signature right after it.
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
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (dropping && block.Kind == BlockKind.Quote && (WidgetLines.IsPostSignature(block.Text) || IsAttribution(block.Text))) continue;
            var shingles = Shingles(block.Text);
            dropping = block.Kind == BlockKind.Quote && shingles.Count > 0
                && (shingles.Count(seen.Contains) >= shingles.Count * RepeatedShare || SaidJustAfter(blocks, i, shingles));
            if (dropping) continue;
            seen.UnionWith(shingles);
            kept.Add(block);
        }
        return kept;
    }

    /// <summary>
    /// A pull quote set just above the paragraph it is taken from: most of its word sequences are in one of the next
    /// few paragraphs.
    /// </summary>
    private static bool SaidJustAfter(IReadOnlyList<ArticleBlock> blocks, int index, List<string> shingles)
    {
        for (var k = index + 1; k < blocks.Count && k <= index + LookAhead; k++)
        {
            if (blocks[k].Kind == BlockKind.Quote) continue;
            var later = new HashSet<string>(Shingles(blocks[k].Text), StringComparer.Ordinal);
            if (shingles.Count(later.Contains) >= shingles.Count * RepeatedShare) return true;
        }
        return false;
    }

    private const int LookAhead = 3;

    /// <summary>
    /// A pull quote's attribution, the short line its &lt;cite&gt; leaves ("Kenji Aldana-Ruiz", "— the mayor"): a name
    /// with no sentence in it, which goes with the quote it names.
    /// </summary>
    private static bool IsAttribution(string text)
    {
        var trimmed = text.Trim();
        return TextClean.WordCount(trimmed) <= MaxAttributionWords && trimmed.Length > 0 && !SentenceMarks.EndsWithMark(trimmed);
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
