namespace Aloud.Audio;

/// <summary>
/// The sinc table behind <see cref="Resampler"/> and <see cref="StreamingResampler"/>: a Kaiser-windowed sinc,
/// one row of taps per fractional position between input samples. Output sample j sits at input time
/// j·<see cref="Down"/>/<see cref="Up"/>; both resamplers walk that grid the same way, so they agree sample for sample.
/// </summary>
internal sealed class PolyphaseFilter
{
    // Zero crossings of the sinc kept on each side: 32 gives a transition band of about 7% of the
    // narrower Nyquist frequency with ~80 dB stop-band rejection, plenty for speech.
    private const int ZeroCrossings = 32;

    // Passband edge as a fraction of the narrower Nyquist frequency; the transition band sits just below it.
    private const double Passband = 0.91;

    // Kaiser beta for roughly 80 dB side-lobe attenuation.
    private const double KaiserBeta = 8.0;

    // Above this many phases the table would get large; we interpolate linearly between 2048 phases instead.
    private const int MaxPhases = 2048;

    private readonly float[][] _rows;
    private readonly int _up;
    private readonly int _phases;

    private PolyphaseFilter(int up, int down, double cutoff)
    {
        _up = up;
        Down = down;
        _phases = Math.Min(up, MaxPhases);
        HalfTaps = (int)Math.Ceiling(ZeroCrossings / (2 * cutoff));
        // One extra row so interpolation between the last phase and the next sample needs no wrap-around.
        _rows = new float[_phases + 1][];
        for (int p = 0; p <= _phases; p++)
        {
            _rows[p] = Row((double)p / _phases, cutoff);
        }
    }

    /// <summary>Output samples in one period where the input and output grids line up again.</summary>
    public int Up => _up;

    /// <summary>Input samples in that same period.</summary>
    public int Down { get; }

    /// <summary>Input samples the taps reach on each side of an output instant (a streaming resampler's latency).</summary>
    public int HalfTaps { get; }

    /// <summary>The filter converting <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    public static PolyphaseFilter For(int sourceRate, int targetRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);
        int gcd = Gcd(sourceRate, targetRate);
        return new PolyphaseFilter(
            up: targetRate / gcd,
            down: sourceRate / gcd,
            cutoff: 0.5 * Passband * Math.Min(1.0, (double)targetRate / sourceRate));
    }

    /// <summary>One output sample from the 2·HalfTaps input samples around it, at fractional position phase/Up.</summary>
    public float Apply(ReadOnlySpan<float> window, int phase)
    {
        if (_phases == _up)
        {
            return Dsp.Dot(window, _rows[phase]);
        }

        double position = (double)phase * _phases / _up;
        int row = (int)position;
        float weight = (float)(position - row);
        float a = Dsp.Dot(window, _rows[row]);
        float b = Dsp.Dot(window, _rows[row + 1]);
        return a + (weight * (b - a));
    }

    private float[] Row(double fraction, double cutoff)
    {
        var row = new float[2 * HalfTaps];
        double sum = 0;
        for (int i = 0; i < row.Length; i++)
        {
            // Distance from the output instant to tap i's input sample.
            double d = i - HalfTaps + 1 - fraction;
            double value = 2 * cutoff * Dsp.Sinc(2 * cutoff * d) * Dsp.Kaiser(d / HalfTaps, KaiserBeta);
            row[i] = (float)value;
            sum += value;
        }

        // Unit DC gain on every phase, so the phases don't differ in level (that would add modulation noise).
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (float)(row[i] / sum);
        }

        return row;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
