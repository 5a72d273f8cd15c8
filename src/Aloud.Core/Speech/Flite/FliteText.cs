using System.Text;

namespace Aloud.Speech.Flite;

/// <summary>
/// Builds the text Flite reads for a sentence: our words joined by spaces, with punctuation only where we
/// want a pause, and nothing but ASCII (Flite reads bytes; anything else turns into junk words).
/// </summary>
internal static class FliteText
{
    /// <summary>The sentence as Flite input, ASCII only.</summary>
    public static string Build(SpeechSentence sentence)
    {
        var sb = new StringBuilder();
        foreach (var word in sentence.Words)
        {
            var text = AsciiFolding.ToAscii(word.Text).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(text);
            sb.Append(Separator(word.BreakAfter));
        }

        sb.Append(sentence.Terminator is '?' or '!' ? sentence.Terminator : '.');
        return sb.ToString();
    }

    // Measured on all four voices: ',', ';', ':', '--' and '...' all give the very same phrase-break pause,
    // and doubling punctuation adds nothing, so a clause break cannot be made longer through the text.
    private static string Separator(WordBreak breakAfter) => breakAfter switch
    {
        WordBreak.Comma => ",",
        WordBreak.Clause or WordBreak.Masked => ",",
        _ => "",
    };
}
