namespace Aloud.Audio;

/// <summary>
/// <see cref="PeakLimiter"/> for audio that passes through a piece at a time: the same true-peak envelope,
/// look-ahead minimum, release and attack ramp, computed with the same arithmetic in the same order, so the
/// output equals <see cref="PeakLimiter.Apply"/> on the whole buffer sample for sample. It holds back
/// <see cref="Latency"/> samples (the envelope's 8 taps ahead plus the 5 ms look-ahead) until more audio or
/// <see cref="Finish"/> arrives; its memory does not grow with the audio's length.
/// </summary>
/// <remarks>
/// Most of a narration is nowhere near the ceiling: where a run of samples times <see cref="TruePeak.BoundFactor"/>
/// stays under it, the oversampled envelope cannot exceed it either, so the gain there is exactly 1 without
/// oversampling (the costly part of limiting).
/// </remarks>
internal sealed class StreamingPeakLimiter
{
    private const int Block = 32;

    private readonly float _ceiling;
    private readonly float _skipBelow;
    private readonly int _window;
    private readonly double _release;
    private readonly Action<float[], int> _output;

    // Input samples from absolute index _xStart on (7 zeros stand before the audio, 8 after it at the end).
    private float[] _x = new float[4 * SampleChunks.Size];
    private long _xStart = -TruePeak.Before;
    private int _xCount = TruePeak.Before;
    private long _inputLength;

    private long _gainNext; // the next index whose own gain (from the envelope) is computed

    // Monotonic queue of (index, gain) for the look-ahead minimum; front = minimum of the window.
    private readonly long[] _queueIndex;
    private readonly float[] _queueGain;
    private int _queueHead;
    private int _queueCount;

    private long _heldNext; // the next index whose held (minimum, then released) gain is known
    private double _current; // the release filter's state
    private readonly float[] _released; // the last _window released gains, a ring, for the attack average
    private double _sum;
    private int _slot; // m % _window for the next m, kept as a counter

    private readonly float[] _out = new float[SampleChunks.Size];
    private int _outCount;
    private bool _finished;

    /// <param name="sampleRate">The audio's rate.</param>
    /// <param name="ceilingDbtp">The true peak to keep under, as <see cref="PeakLimiter.Apply"/> takes it.</param>
    /// <param name="output">Receives the limited audio, in order, a chunk at a time (buffer, count); the buffer is reused.</param>
    public StreamingPeakLimiter(int sampleRate, double ceilingDbtp, Action<float[], int> output)
    {
        _ceiling = (float)Math.Pow(10, ceilingDbtp / 20);
        _skipBelow = _ceiling / TruePeak.BoundFactor;
        _window = Math.Max(1, (int)Math.Round(PeakLimiter.LookAheadSeconds * sampleRate));
        _release = Math.Exp(-1.0 / (PeakLimiter.ReleaseSeconds * sampleRate));
        _output = output;
        _queueIndex = new long[_window + 1];
        _queueGain = new float[_window + 1];
        _released = new float[_window];
    }

    /// <summary>Samples held back between a write and the output it completes.</summary>
    public int Latency => TruePeak.After + _window - 1;

    /// <summary>Limits the next piece of audio.</summary>
    public void Write(ReadOnlySpan<float> samples)
    {
        if (_finished)
        {
            throw new InvalidOperationException("the limiter has finished");
        }

        while (!samples.IsEmpty)
        {
            int room = MakeRoom();
            int take = Math.Min(room, samples.Length);
            samples[..take].CopyTo(_x.AsSpan(_xCount));
            _xCount += take;
            _inputLength += take;
            samples = samples[take..];
            Advance(_inputLength - TruePeak.After);
        }
    }

    /// <summary>Limits and emits what is held back: the audio ends here.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        MakeRoom();
        _x.AsSpan(_xCount, TruePeak.After).Clear(); // zeros after the end, as the whole-buffer envelope sees them
        _xCount += TruePeak.After;
        Advance(_inputLength);
        while (_heldNext < _inputLength)
        {
            EmitHeld(_heldNext);
        }

        Flush();
    }

    /// <summary>Computes every gain up to (not including) <paramref name="gainEnd"/> and emits what that completes.</summary>
    private void Advance(long gainEnd)
    {
        while (_gainNext < gainEnd)
        {
            long n = _gainNext;
            int count = (int)Math.Min(Block, gainEnd - n);
            int first = (int)(n - TruePeak.Before - _xStart);
            ReadOnlySpan<float> span = _x.AsSpan(first, count + TruePeak.Before + TruePeak.After);
            bool quiet = Dsp.MaxAbs(span) <= _skipBelow;
            for (int i = 0; i < count; i++)
            {
                float gain = 1f;
                if (!quiet)
                {
                    float peak = TruePeak.PeakOfWindow(span.Slice(i, 2 * TruePeak.After));
                    gain = peak > _ceiling ? _ceiling / peak : 1f;
                }

                Push(n + i, gain);
            }

            _gainNext += count;
        }
    }

    private void Push(long index, float gain)
    {
        // Ring positions wrap by a subtraction, not a modulo: this runs for every sample of the article.
        int capacity = _queueIndex.Length;
        while (_queueCount > 0 && _queueGain[Wrap(_queueHead + _queueCount - 1, capacity)] >= gain)
        {
            _queueCount--;
        }

        int at = Wrap(_queueHead + _queueCount, capacity);
        _queueIndex[at] = index;
        _queueGain[at] = gain;
        _queueCount++;
        long completes = index - _window + 1;
        if (completes >= 0)
        {
            EmitHeld(completes);
        }
    }

    /// <summary>The held gain at <paramref name="m"/> (minimum over m .. m+window-1), released, then applied.</summary>
    private void EmitHeld(long m)
    {
        while (_queueIndex[_queueHead] < m)
        {
            _queueHead = Wrap(_queueHead + 1, _queueIndex.Length);
            _queueCount--;
        }

        float held = _queueGain[_queueHead];
        if (m == 0)
        {
            _current = held;
        }

        _current = held < _current ? held : held + ((_current - held) * _release);
        float released = (float)_current;
        // m is always the one after the last (held gains complete in order), so its ring slot is the next one.
        int slot = _slot;
        _slot = Wrap(slot + 1, _window);
        if (m == 0)
        {
            _sum = released * (double)_window;
            Array.Fill(_released, released);
        }

        // The same float difference the whole-buffer limiter adds: its index clamps at 0, so the ring starts full of gain 0's value.
        _sum += released - _released[slot];
        _released[slot] = released;
        _heldNext = m + 1;

        _out[_outCount++] = _x[m - _xStart] * (float)(_sum / _window);
        if (_outCount == _out.Length)
        {
            Flush();
        }
    }

    /// <summary><paramref name="index"/> brought back into a ring of <paramref name="length"/> when it is at most one lap past.</summary>
    private static int Wrap(int index, int length) => index >= length ? index - length : index;

    private void Flush()
    {
        if (_outCount > 0)
        {
            _output(_out, _outCount);
            _outCount = 0;
        }
    }

    /// <summary>Drops input no longer needed and returns the free room at the end of the buffer.</summary>
    private int MakeRoom()
    {
        int room = _x.Length - _xCount;
        if (room >= TruePeak.After + 1)
        {
            return room - TruePeak.After; // always keep space for the closing zeros
        }

        // Keep what the output still needs (from _heldNext) and the envelope's history (from _gainNext - 7).
        long keepFrom = Math.Min(_heldNext, _gainNext - TruePeak.Before);
        int drop = (int)(keepFrom - _xStart);
        Array.Copy(_x, drop, _x, 0, _xCount - drop);
        _xCount -= drop;
        _xStart = keepFrom;
        if (_x.Length - _xCount < SampleChunks.Size)
        {
            Array.Resize(ref _x, _x.Length * 2);
        }

        return _x.Length - _xCount - TruePeak.After;
    }
}
