using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;
using Aloud.Speech;
using Aloud.Speech.Flite;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Flite;

/// <summary>Words said from IPA: checked in the Segment relation Flite really synthesised.</summary>
public sealed class FlitePronunciationTests
{
    private static readonly FliteEngine Engine = new();

    private static Voice V(string id) => Engine.Voices.Single(v => v.Id == id);

    /// <summary>The segments without stress, as one string: "pau w iy m eh t ...".</summary>
    private static string Said(SpeechSentence sentence, string voice = "rms") => string.Join(' ', Engine.Segments(sentence, V(voice)));

    [Theory]
    [InlineData("rms")]
    [InlineData("slt")]
    [InlineData("awb")]
    [InlineData("kal16")]
    public void SaysTheIpasPhonesInsteadOfItsOwnReading(string voice)
    {
        var said = Said(WithName("soʊˈtʃiːtlɑn"), voice);
        var guessed = Said(WithName(null), voice);

        Assert.Contains(" m eh t s ow ch iy t l aa n t ", said, StringComparison.Ordinal);
        Assert.DoesNotContain("s ow ch iy t l aa n", guessed, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNameStillGetsExactlyOneTimingCoveringItsSound()
    {
        var sentence = WithName("soʊˈtʃiːtlɑn");
        var clip = Engine.Synthesize(sentence, V("rms"), new SynthesisOptions());

        ValidTimings(clip, sentence, minWordMs: 40);
        var name = clip.Words[2];
        Assert.True(name.EndMs - name.StartMs > 350, $"eight phones in {name.EndMs - name.StartMs} ms");
        Assert.True(Rms(clip, name.StartMs, name.EndMs) > Rms(clip.Samples) / 4, "the name's span is speech, not silence");
    }

    [Fact]
    public void TheSameNameTwiceInARowIsSaidTwice()
    {
        var words = Sentence("Marek Marek Marek called").Words
            .Select((w, i) => i < 3 ? w with { Pronunciation = Ipa("ˈmɑɹɛk") } : w).ToList();

        var said = Said(new SpeechSentence(words));

        Assert.Equal(3, said.Split("m aa r eh k").Length - 1);
    }

    [Fact]
    public void NamesWithDigitsOrOtherScriptsAreSaidFromPhonesToo()
    {
        var words = new List<SpeechWord>
        {
            new("R2-D2") { Pronunciation = Ipa("ˈɑɹtuˈditu") },
            new("\u5317\u4eac") { Pronunciation = Ipa("beɪˈdʒɪŋ") },
            new("waited"),
        };
        var sentence = new SpeechSentence(words);

        Assert.Contains("aa r t uw d iy t uw b ey jh ih ng w ey t", Said(sentence), StringComparison.Ordinal);
        ValidTimings(Engine.Synthesize(sentence, V("rms"), new SynthesisOptions()), sentence, minWordMs: 30);
    }

    [Fact]
    public async Task ConcurrentSynthesesEachSayTheirOwnPronunciationOfOneWord()
    {
        // The phones live on each utterance, not in a lexicon the threads share.
        string[] ipas = ["ˈkɑɹvɛl", "ˈzɪmbɚ", "ˈluθɛn", "ˈpɑdwɪk"];
        var runs = Enumerable.Range(0, 32).Select(i => Task.Run(() =>
        {
            var words = Sentence("the Quillon ship").Words.ToList();
            words[1] = words[1] with { Pronunciation = Ipa(ipas[i % ipas.Length]) };
            return (Expected: FliteText.Phones(words[1].Pronunciation!), Said: Said(new SpeechSentence(words)));
        }));

        foreach (var (expected, said) in await Task.WhenAll(runs))
        {
            var bare = string.Join(' ', expected.Split(' ').Select(p => p.TrimEnd('0', '1')));
            Assert.Contains(" dh ax " + bare + " sh ih p ", said, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AWordWithoutAPronunciationIsReadAsBefore()
    {
        Assert.Equal(Said(Ordinary), Said(new SpeechSentence(Ordinary.Words.Select(w => w with { }).ToList())));
        Assert.Equal(FliteText.Build(Ordinary), FliteText.Plan(Ordinary).Text);
        Assert.Empty(FliteText.Plan(Ordinary).Phones);
    }

    [Fact]
    public void StressGoesToFlitesLexiconDigitsWithSecondaryAsUnstressed() =>
        Assert.Equal("f ey1 th hh ow0 l", FliteText.Phones(Ipa("ˈfeɪθˌhoʊl")));

    [Fact]
    public void AnSsmlPhonemeAndALexiconIpaEntryReachTheVoice()
    {
        var ssml = "<speak><p>Ask <phoneme ph=\"soʊˈtʃiːtlɑn\">Xochitlan</phoneme> about Quenby.</p></speak>"u8.ToArray();
        var article = ArticleReader.Read(ssml, null, null, ExtractionOptions.Default);
        var lexicon = PronunciationLexicon.Parse("""{"version": 1, "entries": [{"written": "Quenby", "ipa": "ˈkwɛnzbi"}]}""");
        var script = new ScriptWriter(new ScriptOptions { Lexicon = lexicon }).Write(article);
        var sentence = script.Sentences.Single().ToSpeech();

        Assert.Contains(" ae s k s ow ch iy t l aa n ax b aw t k w eh n z b iy pau", Said(sentence), StringComparison.Ordinal);
        ValidTimings(Engine.Synthesize(sentence, V("rms"), new SynthesisOptions()), sentence, minWordMs: 40);
    }

    [Fact]
    public void PronouncedWordsBeforeACommaAndAtTheEndOfAQuestionAreFound()
    {
        var words = new List<SpeechWord>
        {
            new("Is", WordBreak.None),
            new("Quenby", WordBreak.Comma) { Pronunciation = Ipa("ˈkwɛnzbi") },
            new("near", WordBreak.None),
            new("Xochitlan") { Pronunciation = Ipa("soʊˈtʃiːtlɑn") },
        };
        var sentence = new SpeechSentence(words, '?');

        var said = Said(sentence);

        Assert.Contains(" k w eh n z b iy pau n ih r s ow ch iy t l aa n pau", said, StringComparison.Ordinal);
        ValidTimings(Engine.Synthesize(sentence, V("rms"), new SynthesisOptions()), sentence, minWordMs: 40);
    }
}
