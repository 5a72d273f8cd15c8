using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Tests.Narration;

/// <summary>The narrator's long-form path: spooled audio equal to the in-memory one, and the length limit.</summary>
[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class NarratorBoundsTests : IDisposable
{
    private static readonly Article Story = new(
        "Ferry timetable changes",
        null,
        null,
        "en-US",
        null,
        [
            new ArticleBlock(BlockKind.Paragraph, "The morning ferry will leave twenty minutes earlier from Monday. Passengers with season tickets need not do anything."),
            new ArticleBlock(BlockKind.Paragraph, "The evening service is unchanged, the operator said."),
        ]);

    private readonly SpeechEngines _engines = new();

    public void Dispose() => _engines.Dispose();

    [Fact]
    public void Spooled_audio_and_timings_equal_the_in_memory_narration()
    {
        var (engine, voice) = _engines.Resolve("rms");
        var script = new ScriptWriter().Write(Story);
        var narrator = new Narrator(engine, voice, new SynthesisOptions());
        var inMemory = narrator.Narrate(script);
        using var spooled = narrator.NarrateSpooled(script);

        var samples = new float[spooled.Audio.Length];
        spooled.Audio.Read(0, samples);
        Assert.True(inMemory.Audio.Samples.AsSpan().SequenceEqual(samples), "the spooled audio differs");
        Assert.Equal(inMemory.Words, spooled.Words);
        Assert.Equal(inMemory.Sentences, spooled.Sentences);
        Assert.Equal(inMemory.Loudness, spooled.Loudness);
        Assert.Equal(inMemory.DurationMs, spooled.DurationMs);
    }

    [Fact]
    public void A_script_far_over_the_limit_is_refused_before_synthesis()
    {
        var (_, voice) = _engines.Resolve("rms");
        var engine = new CountingEngine();
        var blocks = Enumerable.Range(0, 400).Select(i => new ArticleBlock(BlockKind.Paragraph, $"Paragraph {i} of a very long page goes on and on about the harbour works.")).ToList();
        var script = new ScriptWriter().Write(Story with { Blocks = blocks });
        var narrator = new Narrator(engine, voice, new SynthesisOptions()) { MaxDuration = TimeSpan.FromMinutes(1), MaxDurationSetting = "--max-minutes" };

        var error = Assert.Throws<AloudInputException>(() => narrator.NarrateSpooled(script));

        Assert.Equal("too long: the narration would pass 1 minute of audio, the most allowed (--max-minutes)", error.Message);
        Assert.Equal(0, engine.Calls);
    }

    [Fact]
    public void Audio_that_passes_the_limit_stops_the_narration_there()
    {
        var (engine, voice) = _engines.Resolve("rms");
        var script = new ScriptWriter().Write(Story);
        // The text alone looks short enough; the audio is not.
        var narrator = new Narrator(engine, voice, new SynthesisOptions()) { MaxDuration = TimeSpan.FromSeconds(3) };
        var error = Assert.Throws<AloudInputException>(() => narrator.NarrateSpooled(script));
        Assert.StartsWith("too long: the narration would pass 0.05 minutes of audio", error.Message);
    }

    /// <summary>An engine that must not be reached: it counts calls and says nothing.</summary>
    private sealed class CountingEngine : ISpeechEngine
    {
        public int Calls;

        public string Name => "counting";

        public IReadOnlyList<Voice> Voices => [];

        public int MaxParallelism => 1;

        public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
        {
            Calls++;
            return new Clip(new float[16000], 16000, []);
        }

        public void Dispose()
        {
        }
    }
}
