using Aloud.Speech;
using Aloud.Speech.Phonemes;
using Aloud.Speech.Piper;

namespace Aloud.Tests.Speech.Piper;

/// <summary>eSpeak NG's IPA for neural voices, every phoneme tied to its word, clause marks put back.</summary>
public sealed class NeuralPhonemizerTests
{
    private static readonly NeuralPhonemizer English = new("en-us", "en-US");

    private static SpeechSentence Sentence(params string[] words) =>
        new(words.Select(w => w.EndsWith(',') ? new SpeechWord(w[..^1], WordBreak.Comma) : new SpeechWord(w)).ToList());

    private static string WordPhonemes(PhonemizedSentence s, int word) => string.Concat(s.Tokens.Where(t => t.WordIndex == word).Select(t => t.Phoneme));

    [Fact]
    public void EveryWordGetsItsOwnPhonemesEvenWhereEspeakJoinsWords()
    {
        // eSpeak runs some function words together ("of the"); each word must still own phonemes for its timing.
        var sentence = Sentence("Most", "of", "the", "harbor", "crews", "agreed");
        var phonemized = English.Phonemize(sentence);
        for (var w = 0; w < sentence.Words.Count; w++)
        {
            Assert.NotEmpty(WordPhonemes(phonemized, w));
        }

        Assert.Contains("h", WordPhonemes(phonemized, 3), StringComparison.Ordinal);
        Assert.Contains("ˈ", phonemized.Text, StringComparison.Ordinal);
        Assert.EndsWith(".", phonemized.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(phonemized.Tokens, t => t.Phoneme.Length != 1 && !char.IsSurrogatePair(t.Phoneme, 0));
    }

    [Fact]
    public void CommaIsPutBackBetweenClauses()
    {
        var phonemized = English.Phonemize(Sentence("Yes,", "we", "can"));
        Assert.Contains(", ", phonemized.Text, StringComparison.Ordinal);
        Assert.Equal(-1, phonemized.Tokens.Single(t => t.Phoneme == ",").WordIndex);
    }

    [Fact]
    public void PronunciationIsSaidOnEnglishVoicesOnly()
    {
        var word = new SpeechWord("Nguyen") { Pronunciation = Pronunciation.ParseWords("wɪn")[0] };
        Assert.Equal("wˈɪn", WordPhonemes(English.Phonemize(new SpeechSentence([word])), 0));
        var german = new NeuralPhonemizer("de", "de");
        Assert.NotEqual("wˈɪn", WordPhonemes(german.Phonemize(new SpeechSentence([word])), 0));
    }

    [Fact]
    public void TextPhonemeTypeReadsTheLetters()
    {
        var phonemized = new NeuralPhonemizer("", "en-US", "text").Phonemize(Sentence("Hi", "there"));
        Assert.Equal("hi there.", phonemized.Text);
    }
}
