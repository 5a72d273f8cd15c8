using Aloud.Audio;
using Aloud.Ingest;
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

    /// <summary>
    /// The longest narration allowed; one that would run longer is refused (an <see cref="AloudInputException"/>)
    /// before synthesis when the script alone shows it, else as soon as the audio passes it. Null: no limit.
    /// </summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>
    /// The voice for sentences in a language other than the article's (<see cref="Script.ScriptSentence.Language"/>),
    /// asked once per language before synthesis; null (or no function) leaves them to the article's voice. Their
    /// clips are resampled to the article voice's rate, and loudness is normalised over the whole article as ever.
    /// </summary>
    public Func<string, PassageVoice?>? VoiceForLanguage { get; init; }

    /// <summary>What the refusal tells a person to change to allow longer narrations ("--max-minutes").</summary>
    public string? MaxDurationSetting { get; init; }

    /// <summary>Narrates <paramref name="script"/> into memory: for short narrations (previews, tests).</summary>
    public Narration Narrate(Script.Script script, IProgress<NarrationProgress>? progress = null, CancellationToken cancellation = default)
    {
        using var spooled = NarrateSpooled(script, progress, cancellation);
        return spooled.ToNarration();
    }

    /// <summary>
    /// Narrates <paramref name="script"/> with memory that does not grow with its length: each clip joins the
    /// assembled audio (spilled to a temporary file once past a couple of minutes) as soon as it is synthesised,
    /// its loudness measured on the way; the loudness passes then stream that file into a second one, the
    /// returned narration's audio, which encoders read a chunk at a time. Dispose the result to delete the files.
    /// </summary>
    public SpooledNarration NarrateSpooled(Script.Script script, IProgress<NarrationProgress>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(script);
        if (script.Sentences.Count == 0)
        {
            throw new ArgumentException("the script has no sentences to speak", nameof(script));
        }
        RefuseIfSurelyTooLong(script);

        // A bleep matches the loudness of all the speech, known only at the end: its place is kept, its tone
        // written once every clip has been measured, and the article's loudness measured afterwards.
        var bleeps = script.Sentences.Any(s => s.EndsInBleep || s.PauseAfter == Script.SentencePause.Bleep);
        using var raw = new PcmSpill(voice.SampleRate);
        var rawLoudness = bleeps ? null : new RunningLoudness(voice.SampleRate);
        var assembler = new ClipAssembler(raw, rawLoudness);
        var slots = new List<BleepSlot>();
        var clipLoudness = new List<(double Lufs, int Samples)>();
        var sentences = new List<TimedSentence>(script.Sentences.Count);
        var words = new List<TimedWord>(script.WordCount);
        var last = script.Sentences.Count - 1;
        var done = 0;
        long synthesised = 0;
        assembler.AddSilence(_pauses.LeadIn);
        var readers = PassageVoices(script);
        var clips = OrderedSynthesis.Run(script.Sentences.Count, Math.Max(1, engine.MaxParallelism), index =>
        {
            var clip = Synthesize(script.Sentences[index], readers[index]);
            var finished = Interlocked.Increment(ref done);
            var samples = Interlocked.Add(ref synthesised, clip.Samples.Length);
            progress?.Report(new NarrationProgress(finished, script.Sentences.Count, (double)samples / clip.SampleRate));
            return clip;
        }, cancellation);
        var i = 0;
        var levels = readers.Any(r => r is not null) ? new PassageLevels() : null;
        foreach (var made in clips)
        {
            var sentence = script.Sentences[i];
            var clip = made;
            if (levels is not null)
            {
                // Another voice's passage at the article voice's level, before the article's loudness is measured.
                if (readers[i] is { } reader) clip = levels.Passage(clip, reader.Voice);
                else levels.Article(clip);
            }
            if (bleeps)
            {
                clipLoudness.Add((LoudnessMeter.IntegratedLoudness(clip.Samples, clip.SampleRate), clip.Samples.Length));
            }
            var start = assembler.DurationMs;
            foreach (var timing in assembler.AddClip(clip))
            {
                var word = sentence.Words[timing.WordIndex];
                words.Add(new TimedWord(i, word.Spoken, timing.StartMs, timing.EndMs, word.Source));
            }
            sentences.Add(new TimedSentence(i, start, assembler.DurationMs, sentence.Source, sentence.SpokenText, readers[i]?.Voice.Id));
            if (sentence.EndsInBleep)
            {
                slots.Add(assembler.AddBleepLater(_pauses.Bleep));
            }
            if (sentence.PauseAfter == Script.SentencePause.Bleep && i < last)
            {
                slots.Add(assembler.AddBleepLater(_pauses.Bleep));
            }
            else
            {
                assembler.AddSilence(i == last ? _pauses.TailOut : _pauses.After(sentence));
            }
            RefuseIfTooLong(assembler.DurationMs);
            i++;
        }
        if (slots.Count > 0)
        {
            // A bleep as loud as the speech it interrupts.
            var level = BleepLevel.Matching(BleepLevel.SpeechLoudness(clipLoudness), voice.SampleRate);
            foreach (var slot in slots)
            {
                assembler.FillBleep(slot, level);
            }
        }

        var audio = new PcmSpill(voice.SampleRate);
        try
        {
            var normalizer = new LoudnessNormalizer(TargetLufs, TruePeakCeilingDbtp);
            var loudness = normalizer.NormalizeInto(raw, rawLoudness?.IntegratedLufs, audio);
            return new SpooledNarration(script, voice, audio, sentences, words, loudness);
        }
        catch
        {
            audio.Dispose();
            throw;
        }
    }

    private Clip Synthesize(Script.ScriptSentence sentence, PassageVoice? reader)
    {
        if (reader is null)
        {
            var speech = _respeller is null ? sentence.ToSpeech() : _respeller.Apply(sentence.ToSpeech(), voice);
            return WidenMaskedGaps(engine.Synthesize(speech, voice, RateFor(sentence, synthesis)), speech);
        }
        // English respellings of names would mislead another language's voice: its words go as written.
        var passage = sentence.ToSpeech();
        var clip = reader.Engine.Synthesize(passage, reader.Voice, RateFor(sentence, reader.Options));
        return WidenMaskedGaps(AtArticleRate(clip), passage);
    }

    /// <summary>
    /// Who reads each sentence: null for the article's voice, else the voice <see cref="VoiceForLanguage"/> gives
    /// for its language (asked once per language, here, so a bad choice fails before any synthesis).
    /// </summary>
    private PassageVoice?[] PassageVoices(Script.Script script)
    {
        var readers = new PassageVoice?[script.Sentences.Count];
        if (VoiceForLanguage is null)
        {
            return readers;
        }
        var byLanguage = new Dictionary<string, PassageVoice?>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < readers.Length; s++)
        {
            if (script.Sentences[s].Language is not { } language)
            {
                continue;
            }
            if (!byLanguage.TryGetValue(language, out var reader))
            {
                reader = VoiceForLanguage(language);
                byLanguage[language] = reader is not null && reader.Voice.Id == voice.Id && reader.Engine.Name == engine.Name ? null : reader;
            }
            readers[s] = byLanguage[language];
        }
        return readers;
    }

    /// <summary>A clip of another voice at the article voice's sample rate (one rate for the whole file).</summary>
    private Clip AtArticleRate(Clip clip)
    {
        if (clip.SampleRate == voice.SampleRate)
        {
            return clip;
        }
        var samples = Resampler.Resample(clip.Samples, clip.SampleRate, voice.SampleRate);
        var durationMs = samples.Length * 1000.0 / voice.SampleRate;
        var words = clip.Words.Select(w => w with { StartMs = Math.Min(w.StartMs, durationMs), EndMs = Math.Min(w.EndMs, durationMs) }).ToList();
        return new Clip(samples, voice.SampleRate, words);
    }

    private const double MinimumCharactersPerSecond = 30;

    /// <summary>
    /// Refuses at once a script whose pauses alone, plus its text read at twice the fastest pace measured (about
    /// 30 characters a second at rate 1), already pass the limit: a huge page is turned down before any synthesis.
    /// </summary>
    private void RefuseIfSurelyTooLong(Script.Script script)
    {
        if (MaxDuration is null)
        {
            return;
        }
        var pausesMs = _pauses.LeadIn + _pauses.TailOut + script.Sentences.Take(script.Sentences.Count - 1).Sum(_pauses.After);
        var speechMs = script.Sentences.Sum(s => s.SpokenText.Length / (MinimumCharactersPerSecond * synthesis.Rate * s.Rate)) * 1000;
        RefuseIfTooLong(pausesMs + speechMs);
    }

    private void RefuseIfTooLong(double durationMs)
    {
        if (MaxDuration is { } max && durationMs > max.TotalMilliseconds)
        {
            var setting = MaxDurationSetting is null ? "" : $" ({MaxDurationSetting})";
            throw new AloudInputException($"too long: the narration would pass {Minutes(max)} of audio, the most allowed{setting}");
        }
    }

    private static string Minutes(TimeSpan span) =>
        span.TotalMinutes == 1 ? "1 minute" : $"{span.TotalMinutes.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} minutes";

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
    private static SynthesisOptions RateFor(Script.ScriptSentence sentence, SynthesisOptions options) =>
        sentence.Rate == 1.0 ? options : options with { Rate = Math.Clamp(options.Rate * sentence.Rate, SpeechRate.Min, SpeechRate.Max) };
}
