using Aloud.Ingest.Ssml;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Tests.Narration;

/// <summary>SSML prosody rates and span overrides through real Flite and eSpeak synthesis.</summary>
[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class NarratorSsmlTests : IDisposable
{
    private const string Words = "Seven grey herons waited by the locks until the evening barges had gone";

    private readonly SpeechEngines _engines = new();

    public void Dispose() => _engines.Dispose();

    private global::Aloud.Narration.Narration Narrate(string ssml, string voiceId, double rate = 1.0)
    {
        var (engine, voice) = _engines.Resolve(voiceId);
        var script = new ScriptWriter().Write(SsmlReader.Read(ssml).Article);
        return new Narrator(engine, voice, new SynthesisOptions(rate)).Narrate(script);
    }

    /// <summary>From the first word's start to the last word's end of one sentence: speech, not the pauses around it.</summary>
    private static double SpokenMs(global::Aloud.Narration.Narration narration, int sentence)
    {
        var words = narration.Words.Where(w => w.SentenceIndex == sentence).ToList();
        return words[^1].EndMs - words[0].StartMs;
    }

    [Theory]
    [InlineData("rms")]
    [InlineData("espeak:en-us")]
    public void Fast_and_slow_paragraphs_are_shorter_and_longer_than_the_same_words_at_the_narration_rate(string voiceId)
    {
        var narration = Narrate(
            $"<speak><p>{Words}.</p><p><prosody rate=\"fast\">{Words}.</prosody></p><p><prosody rate=\"x-slow\">{Words}.</prosody></p></speak>", voiceId);
        Assert.Equal(3, narration.Sentences.Count);
        var normal = SpokenMs(narration, 0);
        var fast = SpokenMs(narration, 1) / normal;
        var slow = SpokenMs(narration, 2) / normal;
        // fast asks for 1.3x (about 0.77 of the time) and x-slow for 0.6x (about 1.67): allow for the engines' rounding.
        Assert.InRange(fast, 0.65, 0.88);
        Assert.InRange(slow, 1.35, 1.95);
    }

    [Fact]
    public void A_prosody_rate_is_relative_to_the_narration_rate()
    {
        var ssml = $"<speak><p>{Words}.</p><p><prosody rate=\"150%\">{Words}.</prosody></p></speak>";
        var slowNarration = Narrate(ssml, "rms", rate: 0.7);
        var ratio = SpokenMs(slowNarration, 1) / SpokenMs(slowNarration, 0);
        Assert.InRange(ratio, 0.55, 0.8);
        var atOne = Narrate($"<speak><p>{Words}.</p></speak>", "rms");
        // 0.7 x 1.5 = 1.05: the prosody paragraph of the slow narration is about as long as a plain one at 1.0.
        Assert.InRange(SpokenMs(slowNarration, 1) / SpokenMs(atOne, 0), 0.85, 1.15);
    }

    [Fact]
    public void A_rate_change_inside_a_sentence_is_timed_word_by_word_in_order()
    {
        var narration = Narrate("<speak><p>The code is <prosody rate=\"x-slow\">four two seven</prosody> and then we go.</p></speak>", "rms");
        Assert.Equal(["The code is.", "four two seven.", "and then we go."], narration.Sentences.Select(s => s.Spoken));
        Assert.Equal(narration.Script.WordCount, narration.Words.Count);
        for (var i = 1; i < narration.Words.Count; i++)
        {
            Assert.True(narration.Words[i].StartMs >= narration.Words[i - 1].EndMs - 1, $"{narration.Words[i].Spoken} overlaps the word before");
        }
        Assert.All(narration.Words, w => Assert.InRange(w.EndMs, w.StartMs, narration.DurationMs));
    }

    [Theory]
    [InlineData("rms")]
    [InlineData("espeak:en-us")]
    public void Sub_and_say_as_words_are_timed_against_the_written_text(string voiceId)
    {
        var narration = Narrate(
            "<speak><p>The <sub alias=\"Harbour Pilots Guild\">HPG</sub> met on <say-as interpret-as=\"date\" format=\"dmy\">3/4/2025</say-as> "
            + "and called <say-as interpret-as=\"telephone\">555-0142</say-as> about <say-as interpret-as=\"characters\">IMO</say-as>.</p></speak>", voiceId);
        var text = narration.Script.Text;
        Assert.Equal("The HPG met on 3/4/2025 and called 555-0142 about IMO.", text);
        var read = narration.Words.Select(w => $"{w.Spoken}={text.Substring(w.Source.Start, w.Source.Length)}").ToList();
        Assert.Equal(
            [
                "The=The", "Harbour=HPG", "Pilots=HPG", "Guild=HPG", "met=met", "on=on",
                "April=3/4/2025", "third=3/4/2025", "twenty=3/4/2025", "twenty-five=3/4/2025", "and=and", "called=called",
                "five=555-0142", "five=555-0142", "five=555-0142", "zero=555-0142", "one=555-0142", "four=555-0142", "two=555-0142",
                "about=about", "I=IMO", "M=IMO", "O=IMO",
            ],
            read);
        Assert.All(narration.Words, w => Assert.True(w.EndMs > w.StartMs, $"{w.Spoken} has no duration"));
    }
}
