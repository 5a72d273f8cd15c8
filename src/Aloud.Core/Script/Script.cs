using Aloud.Speech;
using Aloud.Speech.Phonemes;

namespace Aloud.Script;

/// <summary>What a block of the script is: the intro's parts or a kind of body block.</summary>
public enum ScriptBlockKind
{
    Headline,
    Byline,
    Dateline,
    Heading,
    Paragraph,
    Quote,
    ListItem,
    Credit,
    Caption,
}

/// <summary>How long the silence after a sentence is: set by where the sentence sits.</summary>
public enum SentencePause
{
    /// <summary>Between sentences of one paragraph.</summary>
    Sentence,
    /// <summary>At the end of a paragraph.</summary>
    Paragraph,
    /// <summary>After the headline and after the whole intro.</summary>
    Section,
    /// <summary>Inside a sentence, where a censored word stood: a bleep, not silence.</summary>
    Bleep,
    /// <summary>Inside a written sentence that goes on in another language (and so another voice): a phrase's breath.</summary>
    LanguageSwitch,
}

/// <summary>A block of <see cref="Script.Text"/>: the headline, byline, dateline or one body block.</summary>
public sealed record ScriptBlock(ScriptBlockKind Kind, TextSpan Span);

/// <summary>
/// One spoken word and the characters of the article text it reads (several words may share one span: "Feb. 13").
/// <see cref="Class"/> names the normalisation pass that produced it ("date", "money"...), or "word" for a word
/// read as written.
/// </summary>
public sealed record ScriptWord(string Spoken, TextSpan Source, WordBreak BreakAfter = WordBreak.None, string Class = "word")
{
    /// <summary>
    /// How to say the word when the lexicon or an SSML &lt;phoneme&gt; gave its IPA; engines that take phonemes
    /// say these, and <see cref="Spoken"/> (the written word or its respelling) stays the readable text.
    /// </summary>
    public Pronunciation? Pronunciation { get; init; }
}

/// <summary>One sentence as it will be spoken.</summary>
public sealed record ScriptSentence(int BlockIndex, TextSpan Source, IReadOnlyList<ScriptWord> Words, char Terminator, SentencePause PauseAfter)
{
    /// <summary>The sentence as the engine receives it: spoken words only, no markup.</summary>
    public SpeechSentence ToSpeech() =>
        new(Words.Select(w => new SpeechWord(w.Spoken, w.BreakAfter) { Pronunciation = w.Pronunciation }).ToList(), Terminator);

    /// <summary>The spoken text with commas for breaks and the terminator, as written by <c>--script</c>.</summary>
    public string SpokenText
    {
        get
        {
            var parts = Words.Select(w => w.BreakAfter == WordBreak.None ? w.Spoken : w.Spoken + ",");
            return string.Join(' ', parts).TrimEnd(',') + Terminator;
        }
    }

    /// <summary>
    /// The multiplier of the narration's rate this sentence is spoken at (SSML prosody); 1.0 for the narration's
    /// own rate. One per sentence: a rate change inside a written sentence splits it (<see cref="ScriptWriter"/>).
    /// </summary>
    public double Rate { get; init; } = 1.0;

    /// <summary>
    /// The language this sentence is in when it is not the article's (a passage marked with lang or xml:lang): the
    /// narrator reads it with a voice of that language when one is installed. Null: the article's language. One per
    /// sentence: a language change inside a written sentence splits it, as a rate change does.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>
    /// A censored word ended the written sentence ("He called it b------t.") and bleeps are on: the narrator puts a
    /// bleep after this sentence's audio, before its pause, so the word does not silently vanish.
    /// </summary>
    public bool EndsInBleep { get; init; }
}

/// <summary>
/// What will be read, sentence by sentence. <see cref="Text"/> is the article text as extracted (intro lines,
/// then body blocks, separated by blank lines); every span in the script indexes into it.
/// </summary>
public sealed record Script(string Text, IReadOnlyList<ScriptBlock> Blocks, IReadOnlyList<ScriptSentence> Sentences)
{
    public int WordCount => Sentences.Sum(s => s.Words.Count);
}
