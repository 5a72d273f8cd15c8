namespace Aloud.Script.Evaluation;

/// <summary>
/// A secondary comparison for sentence sets with accepted readings. Each accepted row differs from the reference at
/// one or more places ("euro" for "euros", "a kilogram" for "per kilogram"); a newsreader may take the other choice at
/// one place and not at another, and a set's writer cannot list every mix. Here a reading passes when it is the
/// reference with any of the accepted rows' choices taken, each where its row takes it. A choice is a stretch where
/// an accepted row and the reference differ; two differences of one row closer than <see cref="Separation"/> shared
/// words are one choice, so a reordering ("the twelfth of march" / "march twelfth") is never taken half.
/// </summary>
public static class AcceptedChoices
{
    /// <summary>Shared words that must lie between two differences of one row for them to count as two choices.</summary>
    internal const int Separation = 3;

    private sealed record Choice(int Start, int End, string[] Words);

    /// <summary>Whether <paramref name="hypothesis"/> is <paramref name="reference"/> with some of the accepted choices taken (all canonical text).</summary>
    public static bool Matches(string hypothesis, string reference, IEnumerable<string> accepted)
    {
        var said = Words(hypothesis);
        var wanted = Words(reference);
        var choices = accepted.SelectMany(row => Choices(wanted, Words(row))).ToLookup(c => c.Start);
        // reachable[r, h]: the first r reference words can be read as the first h words said.
        var reachable = new bool[wanted.Length + 1, said.Length + 1];
        reachable[0, 0] = true;
        for (var r = 0; r <= wanted.Length; r++)
        {
            for (var h = 0; h <= said.Length; h++)
            {
                if (!reachable[r, h])
                {
                    continue;
                }
                if (r < wanted.Length && h < said.Length && wanted[r] == said[h])
                {
                    reachable[r + 1, h + 1] = true;
                }
                foreach (var choice in choices[r])
                {
                    if (StartsWith(said, h, choice.Words))
                    {
                        reachable[choice.End, h + choice.Words.Length] = true;
                    }
                }
            }
        }
        return reachable[wanted.Length, said.Length];
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool StartsWith(string[] words, int at, string[] prefix) =>
        at + prefix.Length <= words.Length && prefix.AsSpan().SequenceEqual(words.AsSpan(at, prefix.Length));

    /// <summary>The places where <paramref name="other"/> differs from <paramref name="reference"/>, by a longest common subsequence of words.</summary>
    private static List<Choice> Choices(string[] reference, string[] other)
    {
        var shared = SharedPairs(reference, other);
        var choices = new List<Choice>();
        var (lastRef, lastOther) = (0, 0);
        var run = 0;
        Choice? open = null;
        foreach (var (r, o) in shared.Append((reference.Length, other.Length)))
        {
            if (r > lastRef || o > lastOther)
            {
                if (open is not null && run < Separation)
                {
                    // Too close to the last difference: widen that choice over the shared words between.
                    open = open with { End = r, Words = [.. open.Words, .. other[(lastOther - run)..o]] };
                }
                else
                {
                    if (open is not null)
                    {
                        choices.Add(open);
                    }
                    open = new Choice(lastRef, r, other[lastOther..o]);
                }
                run = 0;
            }
            if (r < reference.Length)
            {
                run++;
            }
            (lastRef, lastOther) = (r + 1, o + 1);
        }
        if (open is not null)
        {
            choices.Add(open);
        }
        return choices;
    }

    /// <summary>Index pairs of one longest common subsequence, in order.</summary>
    private static List<(int Ref, int Other)> SharedPairs(string[] a, string[] b)
    {
        var longest = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                longest[i, j] = a[i] == b[j] ? longest[i + 1, j + 1] + 1 : Math.Max(longest[i + 1, j], longest[i, j + 1]);
            }
        }
        var pairs = new List<(int, int)>();
        var (x, y) = (0, 0);
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                pairs.Add((x++, y++));
            }
            else if (longest[x + 1, y] >= longest[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }
        return pairs;
    }
}
