namespace Aloud.Audio;

/// <summary>
/// <see cref="TruePeak.Max"/> of audio that arrives a piece at a time, equal to it over everything written.
/// Only stretches that could beat the peak found so far are oversampled: where a stretch's largest sample times
/// <see cref="TruePeak.BoundFactor"/> is no higher than the current peak, nothing in it can change the answer.
/// Speech reaches its peak level rarely, so most of an article is skipped.
/// </summary>
internal sealed class RunningTruePeak
{
    private const int Block = 64;

    // The last 7 samples of earlier writes (zeros before the audio), then the new ones, then 8 zeros at the end.
    private float[] _window = new float[1024];
    private int _count = TruePeak.Before;
    private float _max;
    private bool _finished;

    /// <summary>The largest oversampled magnitude so far (linear; final after <see cref="Finish"/>).</summary>
    public float Max => _max;

    /// <summary>The peak in dBTP; -∞ for digital silence.</summary>
    public double Dbtp => _max > 0 ? 20 * Math.Log10(_max) : double.NegativeInfinity;

    /// <summary>Measures the next piece.</summary>
    public void Write(ReadOnlySpan<float> samples)
    {
        if (_finished)
        {
            throw new InvalidOperationException("the meter has finished");
        }

        if (_count + samples.Length > _window.Length)
        {
            Array.Resize(ref _window, Math.Max(_window.Length * 2, _count + samples.Length));
        }

        samples.CopyTo(_window.AsSpan(_count));
        _count += samples.Length;
        Measure(_count - TruePeak.Before - TruePeak.After);
    }

    /// <summary>Measures the last 8 samples (zeros follow the audio's end).</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        if (_count + TruePeak.After > _window.Length)
        {
            Array.Resize(ref _window, _count + TruePeak.After);
        }

        _window.AsSpan(_count, TruePeak.After).Clear();
        _count += TruePeak.After;
        Measure(_count - TruePeak.Before - TruePeak.After);
    }

    /// <summary>Peaks of the first <paramref name="points"/> points of the buffer, then drops all but the history.</summary>
    private void Measure(int points)
    {
        if (points <= 0)
        {
            return;
        }

        for (int start = 0; start < points; start += Block)
        {
            int count = Math.Min(Block, points - start);
            ReadOnlySpan<float> span = _window.AsSpan(start, count + TruePeak.Before + TruePeak.After);
            if (Dsp.MaxAbs(span) * TruePeak.BoundFactor <= _max)
            {
                continue;
            }

            for (int i = 0; i < count; i++)
            {
                _max = Math.Max(_max, TruePeak.PeakOfWindow(span.Slice(i, 2 * TruePeak.After)));
            }
        }

        // The points measured are done; keep the samples the next points look back and ahead to.
        int keep = _count - points;
        Array.Copy(_window, points, _window, 0, keep);
        _count = keep;
    }
}
