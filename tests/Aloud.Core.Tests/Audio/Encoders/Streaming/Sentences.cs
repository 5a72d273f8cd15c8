using Aloud.Audio;

namespace Aloud.Tests.Audio.Encoders.Streaming;

/// <summary>Three "sentences" of speech-like audio of odd lengths, as a streaming request would produce them.</summary>
internal static class Sentences
{
    public static float[][] Three(int sampleRate) =>
    [
        TestSignals.SpeechLike(sampleRate, 1.2113, seed: 1).Samples,
        TestSignals.SpeechLike(sampleRate, 0.8371, seed: 2).Samples,
        TestSignals.SpeechLike(sampleRate, 1.5029, seed: 3).Samples,
    ];

    public static float[] Joined(float[][] sentences) => sentences.SelectMany(s => s).ToArray();

    public static double Seconds(float[][] sentences, int sampleRate) => (double)sentences.Sum(s => s.Length) / sampleRate;

    public static double RmsDb(float[][] sentences) => TestSignals.RmsDb(Joined(sentences));

    public static AudioBuffer Buffer(float[][] sentences, int sampleRate) => new(Joined(sentences), sampleRate);
}
