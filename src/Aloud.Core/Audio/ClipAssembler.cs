using Aloud.Speech;

namespace Aloud.Audio;

/// <summary>
/// Joins sentence clips into one stream of audio: trims each clip's own leading and trailing silence so that pauses
/// are ours (set by punctuation class, not by the engine), fades every join briefly so no click is heard,
/// and inserts the requested silence. Records where each clip landed so word timings can be made absolute.
/// The audio goes straight into a <see cref="PcmSpill"/> (on disk when long), so a clip can be let go once added.
/// </summary>
public sealed class ClipAssembler
{
    private const double FadeMs = 6;
    private const double KeepSilenceMs = 40;
    private const float SilenceThreshold = 0.004f;

    private readonly PcmSpill _output;
    private readonly RunningLoudness? _loudness;
    private float[] _buffer = new float[4096];

    /// <summary>An assembler that keeps the audio in memory (read it with <see cref="ToBuffer"/>).</summary>
    public ClipAssembler(int sampleRate)
    {
        _output = new PcmSpill(sampleRate, int.MaxValue);
        SampleRate = sampleRate;
    }

    /// <summary>An assembler that writes into <paramref name="output"/>, measuring the loudness of what it writes when given a meter.</summary>
    internal ClipAssembler(PcmSpill output, RunningLoudness? loudness)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _loudness = loudness;
        SampleRate = output.SampleRate;
    }

    public int SampleRate { get; }

    /// <summary>Samples assembled so far.</summary>
    public long Length => _output.Length;

    public double DurationMs => _output.Length * 1000.0 / SampleRate;

    /// <summary>Appends silence of <paramref name="milliseconds"/>.</summary>
    public void AddSilence(double milliseconds)
    {
        var count = (int)Math.Round(milliseconds * SampleRate / 1000);
        Write(Span(Math.Max(0, count)));
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
        var tone = Span((int)Math.Round(milliseconds * SampleRate / 1000));
        Tone(tone, amplitude, SampleRate);
        Write(tone);
        AddSilence(BleepMarginMs);
    }

    /// <summary>
    /// Makes room for a bleep whose level is not known yet (it matches speech still to come): silence now, the
    /// tone written over it by <see cref="FillBleep"/>. Only for an assembler without a loudness meter.
    /// </summary>
    public BleepSlot AddBleepLater(double milliseconds)
    {
        if (_loudness is not null)
        {
            throw new InvalidOperationException("a bleep written later would escape the loudness measured now");
        }
        AddSilence(BleepMarginMs);
        var slot = new BleepSlot(_output.Length, (int)Math.Round(milliseconds * SampleRate / 1000));
        Write(Span(slot.Count));
        AddSilence(BleepMarginMs);
        return slot;
    }

    /// <summary>Writes the bleep of <paramref name="slot"/> at <paramref name="amplitude"/>: the samples <see cref="AddBleep"/> would have written.</summary>
    public void FillBleep(BleepSlot slot, float amplitude)
    {
        var tone = new float[slot.Count];
        Tone(tone, amplitude, SampleRate);
        _output.Overwrite(slot.Offset, tone);
    }

    /// <summary>
    /// Appends a clip and returns its word timings shifted to the assembled timeline (ms from the start).
    /// </summary>
    public IReadOnlyList<WordTiming> AddClip(Clip clip)
    {
        ArgumentNullException.ThrowIfNull(clip);
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
        var length = Math.Max(0, end - start);
        var faded = Span(length);
        clip.Samples.AsSpan(start, length).CopyTo(faded);
        // Only the ends fade: in between the gain is exactly 1, and the samples stay as they are.
        var fadeLength = Math.Max(1, fade);
        for (var i = 0; i < length; i++)
        {
            var gain = Math.Min(1f, Math.Min(i, length - 1 - i) / (float)fadeLength);
            if (gain >= 1f && i < length - 1 - fadeLength)
            {
                i = length - 1 - fadeLength; // skip to where the fade-out begins (the loop's ++ lands on it)
                continue;
            }
            faded[i] *= gain;
        }
        Write(faded);
        var clipEndMs = DurationMs;
        return clip.Words
            .Select(w => w with { StartMs = Math.Max(0, w.StartMs + offsetMs), EndMs = Math.Min(clipEndMs, w.EndMs + offsetMs) })
            .ToList();
    }

    /// <summary>The audio so far, in memory (for short audio and tests).</summary>
    public AudioBuffer ToBuffer()
    {
        var samples = new float[_output.Length];
        _output.Read(0, samples);
        return new AudioBuffer(samples, SampleRate);
    }

    /// <summary>The 1 kHz tone with 10 ms fades, sample by sample as it has always been computed.</summary>
    private static void Tone(Span<float> tone, float amplitude, int sampleRate)
    {
        var count = tone.Length;
        var fade = (int)(10 * sampleRate / 1000.0);
        for (var i = 0; i < count; i++)
        {
            var gain = Math.Min(1f, Math.Min(i, count - 1 - i) / (float)Math.Max(1, fade));
            tone[i] = amplitude * gain * MathF.Sin(2 * MathF.PI * 1000 * i / sampleRate);
        }
    }

    /// <summary>A cleared scratch span of <paramref name="count"/> samples (reused between calls).</summary>
    private Span<float> Span(int count)
    {
        if (_buffer.Length < count)
        {
            _buffer = new float[Math.Max(count, _buffer.Length * 2)];
        }
        var span = _buffer.AsSpan(0, count);
        span.Clear();
        return span;
    }

    private void Write(ReadOnlySpan<float> samples)
    {
        _output.Append(samples);
        _loudness?.Add(samples);
    }

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

/// <summary>Where a bleep will go: its first sample and its length.</summary>
public readonly record struct BleepSlot(long Offset, int Count);
