using Aloud.Speech;

namespace Aloud.Audio;

/// <summary>
/// Joins sentence clips into one buffer: trims each clip's own leading and trailing silence so that pauses
/// are ours (set by punctuation class, not by the engine), fades every join briefly so no click is heard,
/// and inserts the requested silence. Records where each clip landed so word timings can be made absolute.
/// </summary>
public sealed class ClipAssembler(int sampleRate, int capacitySamples = 0)
{
    private const double FadeMs = 6;
    private const double KeepSilenceMs = 40;
    private const float SilenceThreshold = 0.004f;

    // Sized up front by the caller when it knows the total, so an hour of audio is not copied on every growth.
    private readonly List<float> _samples = new(capacitySamples);

    public int SampleRate { get; } = sampleRate;

    public double DurationMs => _samples.Count * 1000.0 / SampleRate;

    /// <summary>Appends silence of <paramref name="milliseconds"/>.</summary>
    public void AddSilence(double milliseconds)
    {
        var count = (int)Math.Round(milliseconds * SampleRate / 1000);
        _samples.AddRange(Enumerable.Repeat(0f, Math.Max(0, count)));
    }

    /// <summary>Silence on each side of a bleep, so it stands apart from the words around it.</summary>
    public const double BleepMarginMs = 60;

    /// <summary>The peak level of the bleep when no speech level is known.</summary>
    public const float DefaultBleepAmplitude = 0.25f;

    /// <summary>
    /// Appends the broadcast bleep that covers a censored word: a 1 kHz tone of <paramref name="milliseconds"/>
    /// at <paramref name="amplitude"/> (see <see cref="BleepLevel"/> to match it to the speech; the article is
    /// normalised afterwards as a whole), faded in and out, with a short silence on each side.
    /// </summary>
    public void AddBleep(double milliseconds, float amplitude = DefaultBleepAmplitude)
    {
        AddSilence(BleepMarginMs);
        var count = (int)Math.Round(milliseconds * SampleRate / 1000);
        var fade = (int)(10 * SampleRate / 1000.0);
        for (var i = 0; i < count; i++)
        {
            var gain = Math.Min(1f, Math.Min(i, count - 1 - i) / (float)Math.Max(1, fade));
            _samples.Add(amplitude * gain * MathF.Sin(2 * MathF.PI * 1000 * i / SampleRate));
        }
        AddSilence(BleepMarginMs);
    }

    /// <summary>
    /// Appends a clip and returns its word timings shifted to the assembled timeline (ms from the start).
    /// </summary>
    public IReadOnlyList<WordTiming> AddClip(Clip clip)
    {
        if (clip.SampleRate != SampleRate)
        {
            throw new ArgumentException($"clip at {clip.SampleRate} Hz cannot join a {SampleRate} Hz narration", nameof(clip));
        }
        var keep = (int)(KeepSilenceMs * SampleRate / 1000);
        var first = FirstLoud(clip.Samples);
        var last = LastLoud(clip.Samples);
        if (first > last)
        {
            first = 0;
            last = clip.Samples.Length - 1;
        }
        // Never cut into a word: the trim stops at the first word's start and the last word's end.
        var firstWordSample = clip.Words.Count > 0 ? (int)(clip.Words[0].StartMs * SampleRate / 1000) : first;
        var lastWordSample = clip.Words.Count > 0 ? (int)Math.Ceiling(clip.Words[^1].EndMs * SampleRate / 1000) : last;
        var start = Math.Max(0, Math.Min(first, firstWordSample) - keep);
        var end = Math.Min(clip.Samples.Length, Math.Max(last, lastWordSample) + keep);

        var offsetMs = DurationMs - start * 1000.0 / SampleRate;
        var fade = (int)(FadeMs * SampleRate / 1000);
        var length = end - start;
        for (var i = 0; i < length; i++)
        {
            var gain = Math.Min(1f, Math.Min(i, length - 1 - i) / (float)Math.Max(1, fade));
            _samples.Add(clip.Samples[start + i] * gain);
        }
        var clipEndMs = DurationMs;
        return clip.Words
            .Select(w => w with { StartMs = Math.Max(0, w.StartMs + offsetMs), EndMs = Math.Min(clipEndMs, w.EndMs + offsetMs) })
            .ToList();
    }

    public AudioBuffer ToBuffer() => new([.. _samples], SampleRate);

    private static int FirstLoud(float[] samples)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            if (Math.Abs(samples[i]) > SilenceThreshold)
            {
                return i;
            }
        }
        return samples.Length;
    }

    private static int LastLoud(float[] samples)
    {
        for (var i = samples.Length - 1; i >= 0; i--)
        {
            if (Math.Abs(samples[i]) > SilenceThreshold)
            {
                return i;
            }
        }
        return -1;
    }
}
