using System.Text;
using Aloud.Speech.Phonemes;

namespace Aloud.Speech.Flite;

/// <summary>
/// Builds the text Flite reads for a sentence: our words joined by spaces, with punctuation only where we
/// want a pause, and nothing but ASCII (Flite reads bytes; anything else turns into junk words). A word with
/// a <see cref="SpeechWord.Pronunciation"/> is written as its letters only, so Flite makes exactly one token
/// of it, and its phones are listed with where that token sits (see <see cref="FliteEngine"/>).
/// </summary>
internal static class FliteText
{
    /// <summary>The sentence as Flite input, ASCII only.</summary>
    public static string Build(SpeechSentence sentence) => Plan(sentence).Text;

    /// <summary>The sentence as Flite input, and the phones of the words that have them.</summary>
    public static FliteInput Plan(SpeechSentence sentence)
    {
        var sb = new StringBuilder();
        var phones = new List<FliteTokenPhones>();
        string? previousPhones = null;
        foreach (var word in sentence.Words)
        {
            var text = word.Pronunciation is null ? AsciiFolding.ToAscii(word.Text).Trim() : TokenText(word.Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            var start = sb.Length;
            sb.Append(text);
            sb.Append(Separator(word.BreakAfter));
            string? said = null;
            if (word.Pronunciation is { } pronunciation)
            {
                // Flite drops a token's phones when the word before came from a token with the very same phones
                // string (it takes them for one token split into words), so "Marek Marek" would lose its second
                // name: a leading space, which Flite's phone reader skips, makes the two strings differ.
                said = Phones(pronunciation);
                if (said == previousPhones)
                {
                    said = " " + said;
                }

                phones.Add(new FliteTokenPhones(start, sb.Length, said));
            }

            previousPhones = said;
        }

        sb.Append(sentence.Terminator is '?' or '!' ? sentence.Terminator : '.');
        return new FliteInput(sb.ToString(), phones);
    }

    /// <summary>
    /// The phones as Flite's US English lexicon writes them: "m aa1 r eh0 k". Its lexicon knows only stress
    /// 0 and 1 (a phone "aa2" would not exist), so secondary stress is said unstressed, as the cmu lexicon
    /// Flite ships does with it.
    /// </summary>
    public static string Phones(Pronunciation pronunciation) =>
        string.Join(' ', pronunciation.Phones.Select(p => p.IsVowel ? p.Symbol + (p.Stress == 1 ? "1" : "0") : p.Symbol));

    /// <summary>
    /// A word said from phones, as one token Flite will not split or expand: its lowercase letters and digits,
    /// which still match our word's letters for timing alignment; "ipa" when it has none (a word in another
    /// script), which then gets its time from its neighbours.
    /// </summary>
    private static string TokenText(string word)
    {
        var letters = AsciiFolding.LetterKey(word);
        return letters.Length > 0 ? letters : "ipa";
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

/// <summary>Flite's input text, and the phones to give the tokens of the words that have them.</summary>
internal sealed record FliteInput(string Text, IReadOnlyList<FliteTokenPhones> Phones);

/// <summary>
/// A word's phones and where its text sits: from <see cref="Start"/> up to <see cref="End"/>, the space or
/// terminator after it (punctuation included), which is where Flite's token "file_pos" points, one past.
/// </summary>
internal readonly record struct FliteTokenPhones(int Start, int End, string Phones);
