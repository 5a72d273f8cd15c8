using Aloud.Audio;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Bench;

/// <summary>
/// A fixed length of real narration for the audio benchmarks: the sample article spoken sentence by sentence
/// by one voice (Flite's 16 kHz or eSpeak's 22.05 kHz), at -16 LUFS like a narrated file, cut to exactly
/// <see cref="Seconds"/> so throughput can be reported per minute of audio without measuring it again.
/// </summary>
internal static class NarratedSpeech
{
    public const double Seconds = 60;

    public static AudioBuffer Synthesize(string voiceName)
    {
        using var engines = new SpeechEngines();
        var (engine, voice) = engines.Resolve(voiceName);
        var samples = new List<float>();
        int rate = voice.SampleRate;
        int wanted = (int)(Seconds * rate);
        foreach (var paragraph in NewsText.Paragraphs(200_000))
        {
            foreach (var span in SentenceSegmenter.Split(paragraph))
            {
                var words = paragraph.Substring(span.Start, span.Length)
                    .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(w => new string(w.Where(char.IsLetter).ToArray()))
                    .Where(w => w.Length > 0)
                    .Select(w => new SpeechWord(w))
                    .ToList();
                if (words.Count == 0)
                {
                    continue;
                }

                Clip clip = engine.Synthesize(new SpeechSentence(words), voice, new SynthesisOptions());
                rate = clip.SampleRate;
                samples.AddRange(clip.Samples);
                samples.AddRange(new float[rate / 4]); // the pause between sentences
                if (samples.Count >= wanted)
                {
                    var audio = new AudioBuffer(samples.GetRange(0, wanted).ToArray(), rate);
                    return new LoudnessNormalizer().Normalize(audio);
                }
            }
        }

        throw new InvalidOperationException("the sample article is too short for the benchmark");
    }
}
