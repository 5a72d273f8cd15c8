using System.Text;
using Aloud.Speech.Espeak;
using Aloud.Speech.Phonemes;

namespace Aloud.Speech.Piper;

/// <summary>
/// Phonemises a sentence for a neural voice: eSpeak NG's IPA through the process's one eSpeak owner, word by word
/// traceable so each phoneme knows its word (word timings need it). Runs of plain words are phonemised together
/// (eSpeak then reads them in context: "the" before a vowel, weak forms); when eSpeak's output does not split back
/// into one chunk per word (it joins a few function words, "of the"), each word of that run is phonemised alone.
/// Words with a publisher's pronunciation are written from it (<see cref="IpaWriter"/>) on English voices.
/// eSpeak 1.51 drops clause punctuation, so it is put back here from the script's own breaks, as Piper expects.
/// </summary>
internal sealed class NeuralPhonemizer(string espeakVoice, string language, string phonemeType = "espeak")
{
    private readonly bool _saysPronunciations = EspeakPhonemes.Understands(language);

    public PhonemizedSentence Phonemize(SpeechSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = phonemeType == "text"
            ? sentence.Words.Select(w => w.Text.ToLowerInvariant()).ToArray()
            : PhonemesOfWords(sentence.Words);
        var tokens = new List<PhonemeToken>();
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var phoneme in CodePoints(words[i]))
            {
                tokens.Add(new PhonemeToken(phoneme, i));
            }

            var last = i == words.Length - 1;
            if (Punctuation(sentence.Words[i].BreakAfter) is { } mark && !last)
            {
                tokens.Add(new PhonemeToken(mark, -1));
            }

            if (!last)
            {
                tokens.Add(new PhonemeToken(" ", -1));
            }
        }

        tokens.Add(new PhonemeToken(sentence.Terminator is '?' or '!' ? sentence.Terminator.ToString() : ".", -1));
        return new PhonemizedSentence(tokens);
    }

    /// <summary>Piper's clause marks: a comma for a light break, a semicolon for a stronger one.</summary>
    private static string? Punctuation(WordBreak kind) => kind switch
    {
        WordBreak.Comma or WordBreak.Masked => ",",
        WordBreak.Clause => ";",
        _ => null,
    };

    private string[] PhonemesOfWords(IReadOnlyList<SpeechWord> words)
    {
        var result = new string[words.Count];
        var runStart = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Pronunciation is { } pronunciation && _saysPronunciations)
            {
                PhonemizeRun(words, runStart, i, result);
                result[i] = IpaWriter.Of(pronunciation);
                runStart = i + 1;
            }
            else if (words[i].BreakAfter != WordBreak.None || i == words.Count - 1)
            {
                PhonemizeRun(words, runStart, i + 1, result);
                runStart = i + 1;
            }
        }

        return result;
    }

    /// <summary>Words [from, to) with eSpeak, together when their phonemes split back into one chunk per word.</summary>
    private void PhonemizeRun(IReadOnlyList<SpeechWord> words, int from, int to, string[] result)
    {
        if (from >= to)
        {
            return;
        }

        var together = Ipa(string.Join(' ', Enumerable.Range(from, to - from).Select(i => words[i].Text)))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = from; i < to; i++)
        {
            result[i] = together.Length == to - from ? together[i - from] : Ipa(words[i].Text).Replace(" ", "", StringComparison.Ordinal);
        }
    }

    private string Ipa(string text) => string.Join(' ', EspeakOwner.Instance.TextToIpa(espeakVoice, text)).Trim();

    /// <summary>Single code points after canonical decomposition, as Piper's id maps are keyed.</summary>
    private static IEnumerable<string> CodePoints(string phonemes)
    {
        var decomposed = phonemes.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length;)
        {
            var length = char.IsSurrogatePair(decomposed, i) ? 2 : 1;
            yield return decomposed.Substring(i, length);
            i += length;
        }
    }
}
