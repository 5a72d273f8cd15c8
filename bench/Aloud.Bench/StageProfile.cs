using System.Diagnostics;
using System.Globalization;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Bench;

/// <summary>
/// Where the CPU-seconds of one narration go: <c>--stages ARTICLE [VOICE]</c> runs the pipeline's stages one
/// after another on one thread (reproducible Flite, as <c>aloud narrate</c> by default) and prints each stage's
/// process CPU time, per minute of audio and as a share of the whole, with the garbage collector's pauses and
/// allocations. The stages are the ones <see cref="Narrator.NarrateSpooled"/> chains; timing them apart costs one
/// extra pass over the clips (kept in memory here, so only for profiling).
/// </summary>
internal static class StageProfile
{
    public static void Run(string article, string voiceId)
    {
        var rows = new List<(string Stage, double Cpu)>();
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalSeconds;
        }
        var gcPause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var total = Cpu();

        var start = Cpu();
        using var engines = new SpeechEngines(reproducibleFlite: true);
        var (engine, voice) = engines.Resolve(voiceId);
        engine.Synthesize(new ScriptWriter().Write(new Article(null, null, null, "en-US", null, [new ArticleBlock(BlockKind.Paragraph, "Warm up.")])).Sentences[0].ToSpeech(), voice, new SynthesisOptions());
        rows.Add(("engine start (voice load, first call)", Cpu() - start));

        start = Cpu();
        var source = new InputLoader().LoadAsync(article).GetAwaiter().GetResult();
        var script = new ScriptWriter().Write(ArticleReader.Read(source.Bytes, source.ContentType, source.Source, ExtractionOptions.Default));
        rows.Add(("ingest + script (extract, segment, normalise)", Cpu() - start));

        start = Cpu();
        var respeller = engine is ISpellingProbe probe ? new NameRespeller(probe) : null;
        var speech = script.Sentences.Select(s => respeller is null ? s.ToSpeech() : respeller.Apply(s.ToSpeech(), voice)).ToList();
        rows.Add(("name respelling (spelling probe)", Cpu() - start));

        start = Cpu();
        var options = new SynthesisOptions();
        var clips = speech.Select(s => engine.Synthesize(s, voice, options)).ToList();
        rows.Add(("synthesis (engine, timings, to float)", Cpu() - start));

        start = Cpu();
        using var raw = new PcmSpill(voice.SampleRate);
        var loudness = new RunningLoudness(voice.SampleRate);
        var assembler = new ClipAssembler(raw, loudness);
        var pauses = new PausePlan();
        assembler.AddSilence(pauses.LeadIn);
        for (var i = 0; i < clips.Count; i++)
        {
            assembler.AddClip(clips[i]);
            assembler.AddSilence(i == clips.Count - 1 ? pauses.TailOut : pauses.After(script.Sentences[i]));
        }
        clips.Clear();
        rows.Add(("assembly (trim, fades, pauses, spill, input loudness)", Cpu() - start));

        start = Cpu();
        using var normalised = new PcmSpill(voice.SampleRate);
        var result = new LoudnessNormalizer(-16, CodecHeadroom.CeilingFor(AudioFormat.Mp3)).NormalizeInto(raw, loudness.IntegratedLufs, normalised);
        rows.Add(("loudness + true-peak passes", Cpu() - start));

        start = Cpu();
        var mp3 = Path.Combine(Path.GetTempPath(), $"aloud-stages-{Environment.ProcessId}.mp3");
        using (var file = File.Create(mp3))
        {
            new LameMp3Encoder().Encode(normalised, file, new AudioTags { Voice = voice.Id });
        }
        File.Delete(mp3);
        rows.Add(("MP3 encoding (LAME)", Cpu() - start));

        total = Cpu() - total;
        var minutes = normalised.Length / (double)normalised.SampleRate / 60;
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"{script.Sentences.Count} sentences, {minutes:0.0} min of audio ({voice.Id}), {result.IntegratedLufs:0.0} LUFS, {result.TruePeakDbtp:0.0} dBTP"));
        Console.WriteLine("| stage | CPU s | CPU s per audio minute | share |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (stage, cpu) in rows)
        {
            Console.WriteLine(string.Create(culture, $"| {stage} | {cpu:0.00} | {cpu / minutes:0.000} | {cpu / total:0.0%} |"));
        }
        Console.WriteLine(string.Create(culture, $"| **total** | {total:0.00} | {total / minutes:0.000} | 100% |"));
        Console.WriteLine(string.Create(culture,
            $"GC: {(GC.GetTotalPauseDuration() - gcPause).TotalSeconds:0.00} s paused, {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:0} MB allocated, "
            + $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections"));
    }
}
