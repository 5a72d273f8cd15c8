using System.Text;

namespace Aloud.Speech.Espeak;

/// <summary>
/// Builds the text eSpeak reads for a sentence, remembering where each of our words starts, so that a WORD
/// event's text position can be mapped back to our word. Positions are counted in Unicode code points,
/// as eSpeak counts characters in UTF-8 input.
/// </summary>
internal sealed class EspeakText
{
    private readonly int[] _wordStart;
    private readonly int[] _wordEnd;

    private EspeakText(string text, int[] wordStart, int[] wordEnd)
    {
        Text = text;
        _wordStart = wordStart;
        _wordEnd = wordEnd;
    }

    /// <summary>The plain text to hand eSpeak.</summary>
    public string Text { get; }

    /// <summary>
    /// The sentence as eSpeak text. With <paramref name="phonemes"/> (the voice is English and the sentence has
    /// pronounced words), a word with a pronunciation is written as <c>[[mnemonics]]</c> phoneme input, and
    /// because eSpeak then reads <c>[[</c> anywhere as phonemes, every other word's square brackets become
    /// round ones (eSpeak says neither kind), so no text can open phoneme input of its own.
    /// </summary>
    public static EspeakText Build(SpeechSentence sentence, bool phonemes = false)
    {
        var sb = new StringBuilder();
        var codePoints = 0;
        var starts = new int[sentence.Words.Count];
        var ends = new int[sentence.Words.Count];
        for (var i = 0; i < sentence.Words.Count; i++)
        {
            // Line breaks and tabs would only be whitespace to eSpeak; flatten them so positions stay simple.
            var word = string.Join(' ', sentence.Words[i].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (phonemes)
            {
                word = sentence.Words[i].Pronunciation is { } said
                    ? "[[" + EspeakPhonemes.Of(said) + "]]"
                    : word.Replace('[', '(').Replace(']', ')');
            }

            if (i > 0)
            {
                sb.Append(' ');
                codePoints++;
            }

            starts[i] = codePoints;
            sb.Append(word);
            codePoints += CountCodePoints(word);
            ends[i] = codePoints;

            // Measured with en-us: ',' adds ~150 ms of pause, ';' and ':' ~220 ms.
            var separator = sentence.Words[i].BreakAfter switch
            {
                WordBreak.Comma => ",",
                WordBreak.Clause or WordBreak.Masked => ";",
                _ => "",
            };
            sb.Append(separator);
            codePoints += separator.Length;
        }

        sb.Append(sentence.Terminator is '?' or '!' ? sentence.Terminator : '.');
        return new EspeakText(sb.ToString(), starts, ends);
    }

    /// <summary>
    /// Our word that a 1-based eSpeak text position falls in, or the next word when it falls between words;
    /// -1 when it is past the last word.
    /// </summary>
    public int WordAt(int textPosition)
    {
        var offset = textPosition - 1;
        for (var i = 0; i < _wordStart.Length; i++)
        {
            if (offset < _wordEnd[i])
            {
                return i;
            }
        }

        return -1;
    }

    private static int CountCodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
