using System.Text;

namespace Aloud.Speech;

/// <summary>
/// The lowercase letters (and digits) of a list of words run together, remembering for each letter which
/// word it came from and where in that word it sits. This is what <see cref="WordTimingAligner"/> aligns.
/// </summary>
internal sealed class LetterStream
{
    private LetterStream(string letters, int[] owner, int[] position, int[] wordLength, int[] lettersPerWord)
    {
        Letters = letters;
        Owner = owner;
        Position = position;
        WordLength = wordLength;
        LettersPerWord = lettersPerWord;
    }

    /// <summary>All letters of all words, in order.</summary>
    public string Letters { get; }

    /// <summary>For each letter, the index of its word.</summary>
    public int[] Owner { get; }

    /// <summary>For each letter, its index among its word's letters.</summary>
    public int[] Position { get; }

    /// <summary>For each letter, how many letters its word has.</summary>
    public int[] WordLength { get; }

    /// <summary>For each word, how many letters it has (0 for a word of symbols only).</summary>
    public int[] LettersPerWord { get; }

    public static LetterStream Build(IReadOnlyList<string> words)
    {
        var keys = words.Select(AsciiFolding.LetterKey).ToArray();
        var total = keys.Sum(k => k.Length);
        var letters = new StringBuilder(total);
        var owner = new int[total];
        var position = new int[total];
        var wordLength = new int[total];
        var at = 0;
        for (var w = 0; w < keys.Length; w++)
        {
            letters.Append(keys[w]);
            for (var k = 0; k < keys[w].Length; k++, at++)
            {
                owner[at] = w;
                position[at] = k;
                wordLength[at] = keys[w].Length;
            }
        }

        return new LetterStream(letters.ToString(), owner, position, wordLength, keys.Select(k => k.Length).ToArray());
    }
}
