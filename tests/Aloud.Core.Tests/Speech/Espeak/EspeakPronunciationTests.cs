using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;
using Aloud.Speech;
using Aloud.Speech.Espeak;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Espeak;

/// <summary>Words said from IPA: checked in eSpeak's own phoneme trace of the synthesis.</summary>
[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class EspeakPronunciationTests
{
    private static readonly EspeakEngine Engine = new();

    private static Voice V(string id) => Engine.Voices.Single(v => v.Id == id);

    [Theory]
    [InlineData("espeak:en-us")]
    [InlineData("espeak:en-gb")]
    public void SaysTheIpasPhonemesInsteadOfItsOwnReading(string voice)
    {
        var said = Engine.Phonemes(WithName("soʊˈtʃiːtlɑn"), V(voice));
        var guessed = Engine.Phonemes(WithName(null), V(voice));

        Assert.Contains("soUtS'i:tlA:n", said.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("soUtS'i:tlA:n", guessed.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ˈmɑɹɛk", "m'A:rEk")]
    [InlineData("ˈbʌtɚ", "b'Vt3")]
    [InlineData("ˈbɝd", "b'3:d")]
    [InlineData("əˈbaʊt", "@b'aUt")]
    [InlineData("ˈfeɪθˌhoʊl", "f'eITh,oUl")]
    [InlineData("ˈdʒʊŋɡi", "dZ'UNgi:")]
    public void MapsPhonesToEnglishMnemonics(string ipa, string expected) =>
        Assert.Equal(expected, EspeakPhonemes.Of(Ipa(ipa)));

    [Fact]
    public void TheNameStillGetsExactlyOneTimingAndTheSentenceItsOthers()
    {
        var sentence = WithName("soʊˈtʃiːtlɑn");
        var clip = Engine.Synthesize(sentence, V("espeak:en-us"), new SynthesisOptions());

        ValidTimings(clip, sentence, minWordMs: 40);
        var name = clip.Words[2];
        Assert.True(name.EndMs - name.StartMs > 300, $"the name lasts {name.EndMs - name.StartMs} ms");
        Assert.True(Rms(clip, name.StartMs, name.EndMs) > Rms(clip.Samples) / 4, "the name's span is speech, not silence");
    }

    [Fact]
    public void TextBracketsCannotOpenPhonemeInputBesideAPronouncedWord()
    {
        var words = new List<SpeechWord> { new("[[b'u:]]"), new("Marek") { Pronunciation = Ipa("ˈmɑɹɛk") } };
        var sentence = new SpeechSentence(words);

        var text = EspeakText.Build(sentence, phonemes: true).Text;
        var said = Engine.Phonemes(sentence, V("espeak:en-us"));

        Assert.Equal("((b'u:)) [[m'A:rEk]].", text);
        Assert.DoesNotContain("b'u:", said, StringComparison.Ordinal);
        Assert.Contains("m'A:rEk", said, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutPronunciationsTextIsReadAsTextBracketsAndAll()
    {
        var sentence = Sentence("say [[b'u:]] now");

        Assert.Equal("say [[b'u:]] now.", EspeakText.Build(sentence).Text);
        Assert.DoesNotContain("b'u:", Engine.Phonemes(sentence, V("espeak:en-us")), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherLanguagesReadTheWordsTextForTheirPhonemeTablesDiffer()
    {
        var words = Sentence("Guten Tag Marek").Words.ToList();
        words[2] = words[2] with { Pronunciation = Ipa("ˈzɔɹvæθ") };
        var said = Engine.Phonemes(new SpeechSentence(words), V("espeak:de"));

        Assert.DoesNotContain("z'O:rvaT", said, StringComparison.Ordinal);
        Assert.Contains("m", said, StringComparison.Ordinal);
    }

    [Fact]
    public void AnSsmlPhonemeAndALexiconIpaEntryReachTheVoice()
    {
        var ssml = "<speak><p>Ask <phoneme ph=\"soʊˈtʃiːtlɑn\">Xochitlan</phoneme> about Quenby.</p></speak>"u8.ToArray();
        var article = ArticleReader.Read(ssml, null, null, ExtractionOptions.Default);
        var lexicon = PronunciationLexicon.Parse("""{"version": 1, "entries": [{"written": "Quenby", "ipa": "ˈkwɛnzbi"}]}""");
        var script = new ScriptWriter(new ScriptOptions { Lexicon = lexicon }).Write(article);
        var sentence = script.Sentences.Single().ToSpeech();

        var said = Engine.Phonemes(sentence, V("espeak:en-us")).Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("soUtS'i:tlA:n", said, StringComparison.Ordinal);
        Assert.Contains("kw'Enzbi:", said, StringComparison.Ordinal);
        ValidTimings(Engine.Synthesize(sentence, V("espeak:en-us"), new SynthesisOptions()), sentence, minWordMs: 40);
    }
}
