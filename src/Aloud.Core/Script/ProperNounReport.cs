using System.Text.RegularExpressions;
using Aloud.Script.Lexicon;

namespace Aloud.Script;

/// <summary>A name the report found and how often the script reads it.</summary>
public sealed record ProperNounCount(string Name, int Count);

/// <summary>
/// The names in a script the lexicon does not know yet: runs of capitalised words ("Port Alder") not at the
/// start of a sentence, or at the start when the same name is capitalised elsewhere too, minus common words,
/// months and weekdays. Headlines and headings are skipped: title case capitalises every word. Sorted by
/// count, so the names an editor should add to the lexicon first come first.
/// </summary>
public static partial class ProperNounReport
{
    public static IReadOnlyList<ProperNounCount> Create(Script script, PronunciationLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var startOnly = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in script.Sentences)
        {
            if (script.Blocks[sentence.BlockIndex].Kind is ScriptBlockKind.Headline or ScriptBlockKind.Heading)
            {
                continue;
            }
            var text = script.Text.Substring(sentence.Source.Start, sentence.Source.Length);
            foreach (var (name, atStart) in Names(text))
            {
                var target = atStart && !name.Contains(' ', StringComparison.Ordinal) ? startOnly : counts;
                target[name] = target.GetValueOrDefault(name) + 1;
                var words = name.Split(' ');
                capitalisedInside.UnionWith(atStart ? words.Skip(1) : words);
            }
        }
        // A single word seen only at sentence starts may be any capitalised word; seen elsewhere too, it is a name.
        foreach (var (name, count) in startOnly)
        {
            if (capitalisedInside.Contains(name))
            {
                counts[name] = counts.GetValueOrDefault(name) + count;
            }
        }
        return counts
            .Where(c => lexicon is null || !lexicon.Knows(c.Key))
            .Select(c => new ProperNounCount(c.Key, c.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Writes "count&lt;TAB&gt;name" lines, as <c>aloud names</c> prints them.</summary>
    public static void Write(IEnumerable<ProperNounCount> names, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var name in names)
        {
            writer.Write($"{name.Count}\t{name.Name}\n");
        }
    }

    /// <summary>The capitalised runs of one sentence, and whether each begins the sentence.</summary>
    private static IEnumerable<(string Name, bool AtStart)> Names(string sentence)
    {
        var words = Word().Matches(sentence).ToList();
        var run = new List<Match>();
        var runStartsSentence = false;
        for (var i = 0; i <= words.Count; i++)
        {
            var word = i < words.Count ? words[i] : null;
            var joins = word is not null && IsCapitalised(word.Value) && (run.Count == 0 || OnlySpaceBetween(sentence, run[^1], word));
            if (joins)
            {
                if (run.Count == 0)
                {
                    runStartsSentence = i == 0;
                }
                run.Add(word!);
                continue;
            }
            if (Trim(run, ref runStartsSentence) is { } name)
            {
                yield return (name, runStartsSentence);
            }
            run.Clear();
            if (word is not null && IsCapitalised(word.Value))
            {
                run.Add(word);
                runStartsSentence = false;
            }
        }
    }

    /// <summary>The run without common words at its ends ("The", "In") and possessives; null when nothing is left.</summary>
    private static string? Trim(List<Match> run, ref bool atStart)
    {
        var words = run.Select(m => Possessive().Replace(m.Value, "")).ToList();
        while (words.Count > 0 && CommonWords.Contains(words[0]))
        {
            words.RemoveAt(0);
            atStart = false;
        }
        while (words.Count > 0 && CommonWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]);

    private static bool OnlySpaceBetween(string text, Match left, Match right) =>
        string.IsNullOrWhiteSpace(text[(left.Index + left.Length)..right.Index]);

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'\u2019-]*", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Word();

    [GeneratedRegex(@"['\u2019]s?$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Possessive();
}
