namespace Aloud.Speech;

/// <summary>
/// Puts a vowel into the first consonant cluster that no English syllable can start with, so that a
/// letter-to-sound engine hears syllables instead of a string of letters: "Nguyen" -> "Neguyen", "Mbappe" ->
/// "Embappe", "Xfinity" -> "Exfinity", "Ljubljana" -> "Lejubljana", and a final "l" or "r" after a consonant becomes a syllable ("Tumblr" ->
/// "Tumbler"). Clusters are judged against the onsets English allows (one
/// consonant, or a pair such as "bl", "str", "sh"); the vowel goes right after the longest allowed start.
/// </summary>
internal static class SyllableRepair
{
    private static readonly HashSet<string> Onsets = new(StringComparer.Ordinal)
    {
        "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gh", "gl", "gn", "gr", "gw", "kl", "kn", "kr", "kw", "ph", "pl",
        "pr", "ps", "qu", "sc", "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "ts", "tw", "wh", "wr", "zh",
        "chr", "phr", "sch", "scr", "shr", "spl", "spr", "squ", "str", "thr", "sph",
    };

    /// <summary>The word with one vowel added, or null when every cluster is a possible syllable start.</summary>
    public static string? Repair(string word)
    {
        var lower = word.ToLowerInvariant();
        var i = 0;
        while (i < lower.Length)
        {
            if (IsVowel(lower, i))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < lower.Length && !IsVowel(lower, i))
            {
                i++;
            }
            // At the start of the word the whole run must be a syllable onset; between vowels a cluster splits
            // across two syllables, so only its tail must be one, and what closes the syllable before it
            // (the coda) may be at most two consonants. A word-final run is a coda and may be anything.
            var cluster = lower[start..i];
            if (cluster.Length < 2)
            {
                continue;
            }
            if (start == 0)
            {
                var keep = i == lower.Length ? 1 : LongestOnset(cluster);
                if (keep < cluster.Length)
                {
                    // An initial m or x before a consonant is said with a vowel before it ("em-bappe", "ex-finity").
                    return lower[0] is 'm' or 'x' ? "E" + char.ToLowerInvariant(word[0]) + word[1..] : Insert(word, keep);
                }
            }
            else if (i < lower.Length && cluster.Length - LongestTailOnset(cluster) is >= 3 and var coda)
            {
                return Insert(word, start + coda);
            }
        }
        // "Tumblr", "Razr": a final l or r after another consonant is a syllable of its own ("tumbler", "razer").
        if (lower.Length > 2 && lower[^1] is 'l' or 'r' && !IsVowel(lower, lower.Length - 2)
            && lower[^2] != lower[^1] && lower[^2..] != "rl")
        {
            return Insert(word, word.Length - 1);
        }
        return null;
    }

    private static string Insert(string word, int at) => word[..at] + "e" + word[at..];

    /// <summary>How many consonants from the start of the cluster form an allowed onset (at least one).</summary>
    private static int LongestOnset(string cluster)
    {
        for (var length = Math.Min(3, cluster.Length); length >= 2; length--)
        {
            if (Onsets.Contains(cluster[..length]))
            {
                return length;
            }
        }
        return 1;
    }

    /// <summary>How many consonants at the end of the cluster form an allowed onset (at least one).</summary>
    private static int LongestTailOnset(string cluster)
    {
        for (var length = Math.Min(3, cluster.Length); length >= 2; length--)
        {
            if (Onsets.Contains(cluster[^length..]))
            {
                return length;
            }
        }
        return 1;
    }

    /// <summary>a, e, i, o, u, and y when it follows a consonant or ends the word.</summary>
    private static bool IsVowel(string word, int i) =>
        word[i] is 'a' or 'e' or 'i' or 'o' or 'u' || (word[i] == 'y' && i > 0 && !(word[i - 1] is 'a' or 'e' or 'i' or 'o' or 'u'));
}
