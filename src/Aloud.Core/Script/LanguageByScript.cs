namespace Aloud.Script;

/// <summary>
/// The one language detection Aloud does (decision 0014): a whole block written in a script that only one language
/// uses (Greek, Hebrew, Georgian, Armenian, Thai, Korean Hangul, Japanese kana) is in that language. It looks at long
/// blocks only (at least <see cref="MinLetters"/> letters, nine in ten of them in the script), so a Greek letter in a
/// formula or a quoted name never switches voice. Scripts shared by several languages (Cyrillic, Arabic, Devanagari,
/// Han alone, Latin) are never guessed: only markup (lang, xml:lang) says those.
/// </summary>
public static class LanguageByScript
{
    /// <summary>The fewest letters a block needs before its script is taken as its language.</summary>
    public const int MinLetters = 30;

    private enum Writing { Other, Greek, Hebrew, Georgian, Armenian, Thai, Hangul, Kana, Han }

    /// <summary>The language of <paramref name="text"/> when its script says it without doubt, else null.</summary>
    public static string? Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> counts = stackalloc int[Enum.GetValues<Writing>().Length];
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            counts[(int)WritingOf(c)]++;
        }
        if (letters < MinLetters)
        {
            return null;
        }
        bool Most(int count) => count * 10 >= letters * 9;
        // Japanese mixes kana with Han characters; kana is what tells it from Chinese.
        if (counts[(int)Writing.Kana] * 10 >= letters && Most(counts[(int)Writing.Kana] + counts[(int)Writing.Han]))
        {
            return "ja";
        }
        return (Writing)IndexOfMost(counts) switch
        {
            Writing.Greek when Most(counts[(int)Writing.Greek]) => "el",
            Writing.Hebrew when Most(counts[(int)Writing.Hebrew]) => "he",
            Writing.Georgian when Most(counts[(int)Writing.Georgian]) => "ka",
            Writing.Armenian when Most(counts[(int)Writing.Armenian]) => "hy",
            Writing.Thai when Most(counts[(int)Writing.Thai]) => "th",
            Writing.Hangul when Most(counts[(int)Writing.Hangul]) => "ko",
            _ => null,
        };
    }

    private static int IndexOfMost(ReadOnlySpan<int> counts)
    {
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }
        return best;
    }

    private static Writing WritingOf(char c) => c switch
    {
        >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF' => Writing.Greek,
        >= '\u0590' and <= '\u05FF' => Writing.Hebrew,
        >= '\u10A0' and <= '\u10FF' => Writing.Georgian,
        >= '\u0530' and <= '\u058F' => Writing.Armenian,
        >= '\u0E00' and <= '\u0E7F' => Writing.Thai,
        >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F' => Writing.Hangul,
        >= '\u3040' and <= '\u30FF' => Writing.Kana,
        >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' => Writing.Han,
        _ => Writing.Other,
    };
}
