using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Audio.Encoders.Opus;
using BenchmarkDotNet.Attributes;

namespace Aloud.Bench;

/// <summary>
/// Ogg Opus encoding of a minute of narration per voice. The baseline is the old setup (managed Concentus at
/// complexity 10, eSpeak resampled to 48 kHz); the others separate what native libopus and the measured
/// speech settings (complexity 1, eSpeak at 24 kHz) each save, and what the managed fallback costs now.
/// Encoding is single-threaded, so the time per operation is also its CPU time.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class OpusEncodingBenchmarks
{
    private AudioBuffer _speech = new([], 16000);

    /// <summary>Flite's default voice (16 kHz) and eSpeak's American English (22.05 kHz).</summary>
    [Params("rms", "en-us")]
    public string Voice { get; set; } = "rms";

    [GlobalSetup]
    public void Setup() => _speech = NarratedSpeech.Synthesize(Voice);

    [Benchmark(Baseline = true)]
    public long OldManagedComplexity10() => Encode(OpusSettings.Legacy);

    [Benchmark]
    public long NativeComplexity10() => Encode(new OpusSettings { Complexity = 10 });

    [Benchmark]
    public long ManagedFallback() => Encode(new OpusSettings { AllowNative = false });

    [Benchmark]
    public long Default() => Encode(new OpusSettings());

    private long Encode(OpusSettings settings)
    {
        var output = new MemoryStream();
        new OggOpusEncoder(settings).Encode(_speech, output);
        return output.Length;
    }
}
