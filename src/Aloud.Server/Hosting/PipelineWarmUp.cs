using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Server.Hosting;

/// <summary>
/// Narrates one short sentence through the whole pipeline (script, default voice, loudness, every encoder)
/// before the server takes requests. The first narration after a start otherwise pays for loading the voice
/// and compiling the pipeline's code (measured: 3x slower than the next one), and that first narration is
/// often the one somebody is waiting for.
/// </summary>
internal sealed class PipelineWarmUp(SpeechEngines engines, ILogger<PipelineWarmUp> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var (engine, voice) = engines.Resolve(SpeechEngines.DefaultVoiceId);
            var article = PlainTextArticleReader.Read("On Dec. 6 the harbor opened at 7:30 a.m. and 1,250 people came.");
            var script = new ScriptWriter(new ScriptOptions()).Write(article);
            var narration = new Narrator(engine, voice, new SynthesisOptions()).Narrate(script, null, cancellationToken);
            foreach (var format in Enum.GetValues<AudioFormat>())
            {
                AudioEncoders.ForFormat(format).Encode(narration.Audio, Stream.Null, new AudioTags { Voice = voice.Id });
            }
            TimingsJsonWriter.Write(narration, Stream.Null);
            log.LogInformation("Pipeline warmed up in {Seconds:0.00} s", clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is NativeLibraryMissingException or ArgumentException or AloudInputException)
        {
            // Readiness reports a missing engine; warming up is only a speed-up, never a reason not to start.
            log.LogWarning("Pipeline warm-up skipped: {Reason}", e.Message);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
