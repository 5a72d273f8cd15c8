using System.Text.Json;
using Aloud.Audio;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Narration;

/// <summary>Passages in another language read by a voice of that language, with real Flite, eSpeak NG and a tiny Piper voice.</summary>
// Alone, not only apart from other eSpeak classes: it runs ONNX Runtime (NeuralRuntimeCollection).
[Collection(Aloud.Tests.Speech.NeuralRuntimeCollection.Name)]
public sealed class NarratorLanguageTests : IDisposable
{
    private const string German = "Die Fähre fährt heute wieder über den Fluss.";

    private static readonly string Page = $"""
        <html lang="en"><head><title>Ferry returns</title></head><body><article>
        <p>The river ferry is running again after a month of repairs to its engine.</p>
        <p lang="de">{German}</p>
        <p>Passengers on both banks welcomed the news on Monday.</p>
        </article></body></html>
        """;

    private readonly SpeechEngines _engines = new(catalogue: TinyVoices.Catalogue(
        ("english", "wave", null),
        ("german", "wave", TinyVoices.Config(16000, c =>
        {
            c["espeak"] = new Dictionary<string, object?> { ["voice"] = "de" };
            c["language"] = new Dictionary<string, object?> { ["code"] = "de_DE" };
        }))));

    public void Dispose() => _engines.Dispose();

    private global::Aloud.Narration.Narration Narrate(string voiceId, Func<Voice, double>? rateFor = null, bool byLanguage = true, Dictionary<string, string>? choices = null)
    {
        var (engine, voice) = _engines.Resolve(voiceId);
        var script = new ScriptWriter().Write(HtmlArticleExtractor.Extract(Page));
        var installed = _engines.Voices;
        return new Narrator(engine, voice, new SynthesisOptions())
        {
            VoiceForLanguage = byLanguage
                ? PassageVoiceChooser.Create(new LanguageVoices(installed, voice, choices), installed, _engines.Resolve, rateFor ?? (_ => 1.0))
                : null,
        }.Narrate(script);
    }

    private static TimedSentence GermanSentence(global::Aloud.Narration.Narration narration) =>
        narration.Sentences.Single(s => narration.Script.Text.Substring(s.Source.Start, s.Source.Length) == German);

    private static double SpokenMs(global::Aloud.Narration.Narration narration, TimedSentence sentence)
    {
        var words = narration.Words.Where(w => w.SentenceIndex == sentence.Index).ToList();
        return words[^1].EndMs - words[0].StartMs;
    }

    [Fact]
    public void A_german_paragraph_in_an_english_article_is_read_by_espeaks_german_voice_at_the_articles_sample_rate()
    {
        var narration = Narrate("rms");

        var german = GermanSentence(narration);
        Assert.Equal("espeak:de", german.Voice);
        Assert.All(narration.Sentences.Where(s => s != german), s => Assert.Null(s.Voice));
        Assert.Equal(16000, narration.Audio.SampleRate); // Flite's rate: eSpeak's 22,050 Hz clip was resampled
        Assert.Equal(narration.Script.WordCount, narration.Words.Count);
        var measured = LoudnessMeter.Measure(narration.Audio);
        Assert.InRange(measured.IntegratedLufs, -17, -15);
        Assert.True(measured.TruePeakDbtp <= -1.0, $"true peak {measured.TruePeakDbtp} dBTP");
    }

    [Fact]
    public void A_quieter_voices_passage_is_brought_to_the_article_voices_loudness()
    {
        // eSpeak NG speaks about 5 LU under Flite slt: without matching, the German paragraph dropped by that much.
        var narration = Narrate("slt");
        double Lufs(TimedSentence s)
        {
            var rate = narration.Audio.SampleRate;
            var (from, to) = ((int)(s.StartMs * rate / 1000), (int)(s.EndMs * rate / 1000));
            return LoudnessMeter.IntegratedLoudness(narration.Audio.Samples.AsSpan(from, to - from), rate);
        }
        var german = Lufs(GermanSentence(narration));
        var english = narration.Sentences.Where(s => s.Voice is null).Select(Lufs).Average();
        Assert.InRange(german - english, -2.5, 2.5);
    }

    [Fact]
    public void The_resampled_passage_lasts_as_long_as_espeak_reading_it_alone()
    {
        var mixed = Narrate("rms");
        var (engine, voice) = _engines.Resolve("espeak:de");
        var alone = new Narrator(engine, voice, new SynthesisOptions()).Narrate(new ScriptWriter().Write(PlainTextArticleReader.Read(German)));
        var ratio = SpokenMs(mixed, GermanSentence(mixed)) / SpokenMs(alone, alone.Sentences[^1]);
        Assert.InRange(ratio, 0.97, 1.03);
    }

    [Fact]
    public void The_timings_name_the_voice_of_every_sentence_and_so_of_every_word()
    {
        var narration = Narrate("rms");
        using var stream = new MemoryStream();
        TimingsJsonWriter.Write(narration, stream);
        var json = JsonDocument.Parse(stream.ToArray()).RootElement;

        Assert.Equal("rms", json.GetProperty("voice").GetString());
        var voices = json.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("voice").GetString()).ToList();
        var wordVoices = json.GetProperty("words").EnumerateArray()
            .Select(w => (Text: w.GetProperty("text").GetString(), Voice: voices[w.GetProperty("sentence").GetInt32()])).ToList();
        Assert.Equal("espeak:de", wordVoices.Single(w => w.Text == "Fluss").Voice);
        Assert.Equal("rms", wordVoices.Single(w => w.Text == "ferry").Voice);
        Assert.Equal(German.Split(' ').Length, wordVoices.Count(w => w.Voice == "espeak:de"));
    }

    [Fact]
    public void Without_a_choice_of_voices_by_language_the_article_voice_reads_everything()
    {
        var narration = Narrate("rms", byLanguage: false);
        Assert.All(narration.Sentences, s => Assert.Null(s.Voice));
    }

    [Fact]
    public void A_passage_voice_reads_at_its_own_rate()
    {
        var normal = Narrate("rms");
        var fast = Narrate("rms", rateFor: v => v.Id == "espeak:de" ? 1.5 : 1.0);
        var ratio = SpokenMs(fast, GermanSentence(fast)) / SpokenMs(normal, GermanSentence(normal));
        Assert.InRange(ratio, 0.55, 0.8);
        // The English sentences are untouched.
        Assert.InRange(SpokenMs(fast, fast.Sentences[1]) / SpokenMs(normal, normal.Sentences[1]), 0.97, 1.03);
    }

    [Fact]
    public void A_piper_article_gets_the_piper_voice_of_the_language_resampled_from_16_to_22_khz()
    {
        var narration = Narrate("piper:english");
        Assert.Equal("piper:german", GermanSentence(narration).Voice);
        Assert.Equal(22050, narration.Audio.SampleRate);
        Assert.All(narration.Words, w => Assert.True(w.EndMs <= narration.DurationMs));
    }

    [Fact]
    public void A_configured_voice_wins_over_the_default()
    {
        var narration = Narrate("piper:english", choices: new() { ["de"] = "espeak:de" });
        Assert.Equal("espeak:de", GermanSentence(narration).Voice);
    }

    [Fact]
    public void A_configured_voice_that_is_missing_is_an_error_naming_the_languages_voices_or_with_a_warning_the_default()
    {
        var (_, voice) = _engines.Resolve("rms");
        var installed = _engines.Voices;
        var languages = new LanguageVoices(installed, voice, new Dictionary<string, string> { ["de"] = "piper:removed" });

        var strict = PassageVoiceChooser.Create(languages, installed, _engines.Resolve, _ => 1.0);
        var error = Assert.Throws<ArgumentException>(() => strict("de"));
        Assert.Contains("voices for 'de' here: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("piper:german", error.Message, StringComparison.Ordinal);

        var warnings = new List<string>();
        var lenient = PassageVoiceChooser.Create(languages, installed, _engines.Resolve, _ => 1.0, warnings.Add);
        Assert.Equal("espeak:de", lenient("de")?.Voice.Id);
        Assert.Contains("'piper:removed', is not installed: read by espeak:de", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
