namespace Aloud.Audio;

/// <summary>
/// <see cref="Resampler"/> for audio that arrives in pieces (sentence by sentence, for streaming responses).
/// Resampling each piece on its own would put a filter edge at every join; this keeps the last few input
/// samples across calls, so the concatenated output equals <see cref="Resampler.Resample(ReadOnlySpan{float}, int, int)"/>
/// of the concatenated input, sample for sample. Each call holds back the output whose taps reach past the
/// input so far (<c>HalfTaps</c> input samples, ~2 ms) until the next call or <see cref="Finish"/>.
/// </summary>
public sealed class StreamingResampler
{
    private readonly PolyphaseFilter _filter;
    private readonly int _sourceRate;
    private readonly int _targetRate;

    // The padded input of the batch resampler (HalfTaps zeros, then the samples), from absolute index _start on.
    private float[] _window;
    private int _windowLength;
    private long _start;
    private long _inputLength;
    private long _produced;
    private bool _finished;

    /// <summary>A resampler from <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    public StreamingResampler(int sourceRate, int targetRate)
    {
        _filter = PolyphaseFilter.For(sourceRate, targetRate);
        _sourceRate = sourceRate;
        _targetRate = targetRate;
        _window = new float[Math.Max(1024, 4 * _filter.HalfTaps)];
        _windowLength = _filter.HalfTaps; // the leading zeros
    }

    /// <summary>Adds input and returns every output sample it completes.</summary>
    public float[] Write(ReadOnlySpan<float> samples)
    {
        if (_finished)
        {
            throw new InvalidOperationException("The resampler has finished.");
        }

        Append(samples);
        _inputLength += samples.Length;
        // Output j needs input up to index(j) + HalfTaps; emit only those already here.
        return Produce(j => Index(j) + _filter.HalfTaps <= _inputLength - 1);
    }

    /// <summary>Ends the input: returns the held-back output, up to round(total input × target / source) samples in all.</summary>
    public float[] Finish()
    {
        if (_finished)
        {
            return [];
        }

        _finished = true;
        Append(new float[(2 * _filter.HalfTaps) + 1]); // the trailing zeros of the batch resampler's padding
        long total = ((_inputLength * _targetRate) + (_sourceRate / 2)) / _sourceRate;
        return Produce(j => j < total);
    }

    private long Index(long j) => j * _filter.Down / _filter.Up;

    private float[] Produce(Func<long, bool> ready)
    {
        var output = new List<float>();
        int taps = 2 * _filter.HalfTaps;
        while (ready(_produced))
        {
            long position = _produced * _filter.Down;
            long index = position / _filter.Up;
            int phase = (int)(position % _filter.Up);
            // The same taps as the batch resampler: padded[index + 1 .. index + 2·HalfTaps].
            output.Add(_filter.Apply(_window.AsSpan((int)(index + 1 - _start), taps), phase));
            _produced++;
        }

        // Drop the input no later output can reach.
        long keepFrom = Index(_produced) + 1;
        int drop = (int)Math.Clamp(keepFrom - _start, 0, _windowLength);
        _window.AsSpan(drop, _windowLength - drop).CopyTo(_window);
        _windowLength -= drop;
        _start += drop;
        return [.. output];
    }

    private void Append(ReadOnlySpan<float> samples)
    {
        if (_windowLength + samples.Length > _window.Length)
        {
            Array.Resize(ref _window, Math.Max(_window.Length * 2, _windowLength + samples.Length));
        }

        samples.CopyTo(_window.AsSpan(_windowLength));
        _windowLength += samples.Length;
    }
}
