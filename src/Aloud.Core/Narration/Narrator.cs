using Aloud.Audio;
using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// Narrates a script: synthesises every sentence (in parallel where the engine allows), assembles the clips
/// with pauses by punctuation class, and normalises loudness over the whole article. Words the engine would read
/// letter by letter are given a pronounceable reading first (<see cref="NameRespeller"/>), when the engine can tell.
/// </summary>
public sealed class Narrator(ISpeechEngine engine, Voice voice, SynthesisOptions synthesis, PausePlan? pauses = null)
{
    private readonly PausePlan _pauses = pauses ?? new PausePlan();

    // An engine that can say which words it would spell letter by letter gets those words respelled first.
    private readonly NameRespeller? _respeller = engine is ISpellingProbe probe ? new NameRespeller(probe) : null;

    /// <summary>Target integrated loudness (EBU R128), in LUFS.</summary>
    public double TargetLufs { get; init; } = -16;

    /// <summary>True-peak ceiling, in dBTP.</summary>
    public double TruePeakCeilingDbtp { get; init; } = -1;

    public Narration Narrate(Script.Script script, IProgress<NarrationProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (script.Sentences.Count == 0)
        {
            throw new ArgumentException("the script has no sentences to speak", nameof(script));
        }
        var clips = Synthesize(script, progress, cancellation);

        var pauseMs = _pauses.LeadIn + _pauses.TailOut + script.Sentences.Sum(_pauses.After);
        var capacity = clips.Sum(c => (long)c.Samples.Length) + (long)(pauseMs * voice.SampleRate / 1000) + 1;
        var assembler = new ClipAssembler(voice.SampleRate, (int)Math.Min(capacity, Array.MaxLength));
        // A bleep as loud as the speech it interrupts (measured before the clips are joined and released).
        var bleep = script.Sentences.Any(s => s.EndsInBleep || s.PauseAfter == Script.SentencePause.Bleep)
            ? BleepLevel.Matching(BleepLevel.SpeechLoudness(clips.Select(c => (LoudnessMeter.IntegratedLoudness(c.Samples, c.SampleRate), c.Samples.Length))), voice.SampleRate)
            : ClipAssembler.DefaultBleepAmplitude;
        var sentences = new List<TimedSentence>(clips.Length);
        var words = new List<TimedWord>(script.WordCount);
        assembler.AddSilence(_pauses.LeadIn);
        for (var i = 0; i < clips.Length; i++)
        {
            var sentence = script.Sentences[i];
            var start = assembler.DurationMs;
            var timings = assembler.AddClip(clips[i]);
            clips[i] = null!; // assembled: let the collector have it back before the next copy of the audio
            foreach (var timing in timings)
            {
                var word = sentence.Words[timing.WordIndex];
                words.Add(new TimedWord(i, word.Spoken, timing.StartMs, timing.EndMs, word.Source));
            }
            sentences.Add(new TimedSentence(i, start, assembler.DurationMs, sentence.Source, sentence.SpokenText));
            if (sentence.EndsInBleep)
            {
                assembler.AddBleep(_pauses.Bleep, bleep);
            }
            if (sentence.PauseAfter == Script.SentencePause.Bleep && i < clips.Length - 1)
            {
                assembler.AddBleep(_pauses.Bleep, bleep);
            }
            else
            {
                assembler.AddSilence(i == clips.Length - 1 ? _pauses.TailOut : _pauses.After(sentence));
            }
        }
        var (audio, loudness) = new LoudnessNormalizer(TargetLufs, TruePeakCeilingDbtp).NormalizeAndMeasure(assembler.ToBuffer());
        return new Narration(script, voice, audio, sentences, words, loudness);
    }

    private Clip[] Synthesize(Script.Script script, IProgress<NarrationProgress>? progress, CancellationToken cancellation)
    {
        var clips = new Clip[script.Sentences.Count];
        var done = 0;
        long audioSamples = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, engine.MaxParallelism), CancellationToken = cancellation };
        Parallel.For(0, clips.Length, parallel, i =>
        {
            var sentence = script.Sentences[i];
            var speech = _respeller is null ? sentence.ToSpeech() : _respeller.Apply(sentence.ToSpeech(), voice);
            var clip = WidenMaskedGaps(engine.Synthesize(speech, voice, RateFor(sentence)), speech);
            clips[i] = clip;
            var finished = Interlocked.Increment(ref done);
            var samples = Interlocked.Add(ref audioSamples, clip.Samples.Length);
            progress?.Report(new NarrationProgress(finished, clips.Length, (double)samples / clip.SampleRate));
        });
        return clips;
    }

    /// <summary>Where a censored word stood inside the sentence, a pause of <see cref="PausePlan.MaskedGap"/>, not a comma's.</summary>
    private Clip WidenMaskedGaps(Clip clip, SpeechSentence speech)
    {
        for (var w = 0; w < speech.Words.Count - 1; w++)
        {
            if (speech.Words[w].BreakAfter == WordBreak.Masked)
            {
                clip = GapWidener.Widen(clip, w, _pauses.MaskedGap);
            }
        }
        return clip;
    }

    /// <summary>
    /// The narration's options at the sentence's rate (SSML prosody multiplies the narration's rate), kept inside
    /// what the engines accept so a fast passage in a fast narration is as fast as allowed, not an error.
    /// </summary>
    private SynthesisOptions RateFor(Script.ScriptSentence sentence) =>
        sentence.Rate == 1.0 ? synthesis : synthesis with { Rate = Math.Clamp(synthesis.Rate * sentence.Rate, SpeechRate.Min, SpeechRate.Max) };
}
