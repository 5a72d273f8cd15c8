using System.Collections.Concurrent;

namespace Aloud.Speech;

/// <summary>A word the engine would have spelled letter by letter, and the reading given to it instead.</summary>
public sealed record Respelling(string Written, string Spoken);

/// <summary>Whether the engine would spell a word, and the pronounceable reading found for it (null when none was).</summary>
public sealed record SpellingCheck(bool Spelled, string? Reading)
{
    /// <summary>A word the engine reads as a word.</summary>
    public static readonly SpellingCheck Word = new(false, null);
}

/// <summary>
/// Gives a pronounceable reading to every word the engine would read letter by letter ("McShane" as "m c s h
/// a n e"), asking the engine itself, never guessing. Candidates are tried in order until the engine accepts one:
/// a Mc/Mac/O' prefix said as a syllable ("Mickshane", "Macleod", "Ohshea"), camel case joined ("Deshawn"), the word
/// in lower case, then a syllable repair that puts a vowel into a cluster no English syllable starts with
/// ("Nguyen" -> "Neguyen", "Mbappe" -> "Embappe"). A word no candidate rescues is left as it is. One word in, one
/// word out, so word timings stay aligned. Only English voices are asked about, as the candidates are English
/// syllables. Results are cached per voice; the type is thread-safe.
/// </summary>
public sealed class NameRespeller(ISpellingProbe probe)
{
    private const int MaxWordLength = 40;
    private const int MaxRepairs = 4;

    private readonly ConcurrentDictionary<(string Voice, string Word), SpellingCheck> _cache = new();

    /// <summary>The reading for <paramref name="word"/>, or null when the engine says it as a word already (or nothing helps).</summary>
    public string? Respell(string word, Voice voice) => Check(word, voice).Reading;

    /// <summary>
    /// Whether the engine would spell <paramref name="word"/> and the reading found for it. Only words shaped like
    /// names are asked about: a capital first, no two capitals in a row, a vowel ("McShane", "DeShawn", "Mnangagwa").
    /// Acronyms ("NATO", "CNNMoney"), lower-case abbreviations ("ft", "www") and codes are meant to be spelled or are
    /// the normaliser's, and digits or other scripts never reach here.
    /// </summary>
    public SpellingCheck Check(string word, Voice voice)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(voice);
        if (word.IndexOf('-') > 0 && word.Length <= MaxWordLength && word.Split('-') is { Length: <= 4 } parts && parts.All(p => p.Length > 0))
        {
            // "Dlamini-Zuma": each half of a double-barrelled name is asked about on its own, and the hyphen kept.
            var checks = parts.Select(p => Check(p, voice)).ToList();
            if (!checks.Any(c => c.Spelled))
            {
                return SpellingCheck.Word;
            }
            var fixedAny = checks.Any(c => c.Reading is not null);
            return new SpellingCheck(true, fixedAny ? string.Join('-', parts.Zip(checks, (p, c) => c.Reading ?? p)) : null);
        }
        // The readings tried are English syllables: other languages keep what their engine does.
        if (!IsNameShaped(word) || !voice.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return SpellingCheck.Word;
        }
        if (word.Length > 3 && word[^2] is '\'' or '\u2019' && word[^1] == 's')
        {
            // "McShane's": the name is respelled and the possessive kept.
            var stem = Check(word[..^2], voice);
            return stem.Spelled ? stem with { Reading = stem.Reading is null ? null : stem.Reading + word[^2..] } : SpellingCheck.Word;
        }
        return _cache.GetOrAdd((voice.Id, word), key => Find(key.Word, voice));
    }

    /// <summary>The sentence with every word the engine would spell replaced by its reading, and what was replaced.</summary>
    public SpeechSentence Apply(SpeechSentence sentence, Voice voice, ICollection<Respelling>? respelled = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        List<SpeechWord>? words = null;
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            var word = sentence.Words[i];
            if (word.Pronunciation is not null || Respell(word.Text, voice) is not { } spoken)
            {
                continue;
            }
            words ??= [.. sentence.Words];
            words[i] = word with { Text = spoken };
            respelled?.Add(new Respelling(word.Text, spoken));
        }
        return words is null ? sentence : sentence with { Words = words };
    }

    private SpellingCheck Find(string word, Voice voice)
    {
        if (!probe.WouldSpell(word, voice))
        {
            return SpellingCheck.Word;
        }
        foreach (var candidate in Candidates(word))
        {
            if (candidate != word && !probe.WouldSpell(candidate, voice))
            {
                return new SpellingCheck(true, candidate);
            }
        }
        return new SpellingCheck(true, null);
    }

    /// <summary>Readings to try, most faithful first.</summary>
    internal static IEnumerable<string> Candidates(string word)
    {
        var plain = word.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);
        var prefixed = PrefixReading(word);
        if (prefixed is not null)
        {
            yield return prefixed;
        }
        var joined = plain.Length > 1 ? char.ToUpperInvariant(plain[0]) + plain[1..].ToLowerInvariant() : plain;
        yield return joined;
        yield return joined.ToLowerInvariant();
        var repaired = prefixed ?? joined;
        for (var i = 0; i < MaxRepairs && SyllableRepair.Repair(repaired) is { } next; i++)
        {
            repaired = next;
            yield return repaired;
        }
    }

    /// <summary>"McShane" -> "Mickshane", "MacLeod" -> "Macleod", "O'Shea" -> "Ohshea": the prefix as a syllable.</summary>
    private static string? PrefixReading(string word)
    {
        if (word.Length > 3 && word.StartsWith("Mc", StringComparison.Ordinal) && char.IsUpper(word[2]))
        {
            return "Mick" + word[2..].ToLowerInvariant();
        }
        if (word.Length > 4 && word.StartsWith("Mac", StringComparison.Ordinal) && char.IsUpper(word[3]))
        {
            return "Mac" + word[3..].ToLowerInvariant();
        }
        if (word.Length > 3 && word[0] == 'O' && word[1] is '\'' or '\u2019' && char.IsUpper(word[2]))
        {
            return "Oh" + word[2..].ToLowerInvariant();
        }
        return null;
    }

    private static bool IsNameShaped(string word)
    {
        if (word.Length is < 3 or > MaxWordLength || !char.IsAsciiLetterUpper(word[0])
            || !word.All(c => char.IsAsciiLetter(c) || c is '\'' or '\u2019') || !word.Any(c => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsUpper(word[i - 1]))
            {
                return false;
            }
        }
        return true;
    }
}
