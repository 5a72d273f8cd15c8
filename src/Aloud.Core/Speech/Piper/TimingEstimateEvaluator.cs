namespace Aloud.Speech.Piper;

/// <summary>How far one way of estimating word starts lands from the true starts, over many words.</summary>
/// <param name="Method">What the estimate knows: letters only, phoneme counts, or phoneme counts and the pauses heard.</param>
/// <param name="Words">How many word starts were compared.</param>
/// <param name="MedianMs">The median absolute start error.</param>
/// <param name="P90Ms">The 90th percentile of the absolute start error.</param>
/// <param name="MeanMs">The mean absolute start error.</param>
/// <param name="Within50MsShare">The share of words whose start is within 50 ms.</param>
/// <param name="BiasMs">The mean signed error: positive when the estimate is late.</param>
public sealed record TimingErrorSummary(string Method, int Words, double MedianMs, double P90Ms, double MeanMs, double Within50MsShare, double BiasMs);

/// <summary>
/// Measures the word timings a neural voice without a duration output gets (<see cref="NeuralWordTimings"/>) against an
/// engine that knows its timings exactly (Flite): each sentence is said by that engine, and the estimate is made from its
/// clip as if a neural voice had said it (the same eSpeak phonemes, the same audio), then compared word start by word
/// start. Three estimates: letter counts only (what an engine with no phonemes could do), phoneme counts, and phoneme
/// counts bent to the pauses found in the audio (what neural voices get).
/// </summary>
public static class TimingEstimateEvaluator
{
    public static IReadOnlyList<TimingErrorSummary> Evaluate(IEnumerable<SpeechSentence> sentences, ISpeechEngine engine, Voice voice)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(engine);
        var phonemizer = new NeuralPhonemizer("en-us", "en-US");
        var letters = new List<double>();
        var phonemes = new List<double>();
        var paused = new List<double>();
        foreach (var sentence in sentences)
        {
            var clip = engine.Synthesize(sentence, voice, new SynthesisOptions());
            var words = sentence.Words.Select(w => w.Text).ToList();
            var phonemized = phonemizer.Phonemize(sentence);
            var encoded = PiperIds.Encode(phonemized, ConfigFor(phonemized), words.Count);
            var byLetters = WordTimingInterpolator.Complete(words, new (double, double)?[words.Count], clip.DurationMs);
            var byPhonemes = NeuralWordTimings.Compute(encoded, words, clip.Samples, clip.SampleRate, null, refine: false);
            var byPauses = NeuralWordTimings.Compute(encoded, words, clip.Samples, clip.SampleRate, null, refine: true);
            for (var w = 0; w < words.Count; w++)
            {
                var truth = clip.Words[w].StartMs;
                letters.Add(byLetters[w].StartMs - truth);
                phonemes.Add(byPhonemes[w].StartMs - truth);
                paused.Add(byPauses[w].StartMs - truth);
            }
        }

        return [Summary("letters", letters), Summary("phonemes", phonemes), Summary("phonemes + pauses", paused)];
    }

    /// <summary>A config that maps every phoneme of the sentence, so nothing is left out of the estimate.</summary>
    private static PiperConfig ConfigFor(PhonemizedSentence sentence)
    {
        var symbols = new[] { PiperConfig.Pad, PiperConfig.Bos, PiperConfig.Eos }.Concat(sentence.Tokens.Select(t => t.Phoneme)).Distinct(StringComparer.Ordinal);
        return new PiperConfig
        {
            SampleRate = 22050,
            EspeakVoice = "en-us",
            Language = "en-US",
            PhonemeIdMap = symbols.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => (IReadOnlyList<long>)[p.i], StringComparer.Ordinal),
        };
    }

    private static TimingErrorSummary Summary(string method, List<double> errors)
    {
        if (errors.Count == 0)
        {
            return new TimingErrorSummary(method, 0, 0, 0, 0, 0, 0);
        }

        var sorted = errors.Select(Math.Abs).Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Floor(q * sorted.Count))];
        return new TimingErrorSummary(method, sorted.Count, At(0.5), At(0.9), sorted.Average(), sorted.Count(e => e <= 50) / (double)sorted.Count, errors.Average());
    }
}
