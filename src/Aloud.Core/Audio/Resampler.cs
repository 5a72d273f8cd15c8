namespace Aloud.Audio;

/// <summary>
/// Band-limited sample-rate conversion between any two rates: a Kaiser-windowed sinc evaluated through a
/// polyphase table. Used where a format only takes certain rates (Opus: eSpeak's 22.05 kHz to 48 kHz).
/// </summary>
public static class Resampler
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

    /// <summary>Returns <paramref name="audio"/> at <paramref name="targetRate"/> (the same buffer if already there).</summary>
    public static AudioBuffer Resample(AudioBuffer audio, int targetRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return audio.SampleRate == targetRate
            ? audio
            : new AudioBuffer(Resample(audio.Samples, audio.SampleRate, targetRate), targetRate);
    }

    /// <summary>Converts <paramref name="samples"/> from <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    /// <returns>round(length × target / source) samples, time-aligned with the input (no added delay).</returns>
    public static float[] Resample(ReadOnlySpan<float> samples, int sourceRate, int targetRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);

        int gcd = Gcd(sourceRate, targetRate);
        int up = targetRate / gcd;   // output samples in one period where both grids line up again...
        int down = sourceRate / gcd; // ...and input samples in that same period
        var filter = new PolyphaseFilter(up, cutoff: 0.5 * Passband * Math.Min(1.0, (double)targetRate / sourceRate));

        // Zeros on both sides so every output sample can read a full window of taps without bounds checks.
        int half = filter.HalfTaps;
        var padded = new float[samples.Length + 2 * half + 1];
        samples.CopyTo(padded.AsSpan(half));

        long outLength = ((long)samples.Length * targetRate + sourceRate / 2) / sourceRate;
        var output = new float[outLength];
        for (long j = 0; j < outLength; j++)
        {
            // Output j sits at input time j·down/up: whole part `index`, fraction `phase`/up.
            long position = j * down;
            long index = position / up;
            int phase = (int)(position % up);
            // Taps cover input samples index-half+1 .. index+half, i.e. padded[index+1 ..].
            output[j] = filter.Apply(padded.AsSpan((int)index + 1, 2 * half), phase);
        }

        return output;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>The sinc table, one row of taps per fractional position between input samples.</summary>
    private sealed class PolyphaseFilter
    {
        private readonly float[][] _rows;
        private readonly int _up;
        private readonly int _phases;

        public PolyphaseFilter(int up, double cutoff)
        {
            _up = up;
            _phases = Math.Min(up, MaxPhases);
            HalfTaps = (int)Math.Ceiling(ZeroCrossings / (2 * cutoff));
            // One extra row so interpolation between the last phase and the next sample needs no wrap-around.
            _rows = new float[_phases + 1][];
            for (int p = 0; p <= _phases; p++)
            {
                _rows[p] = Row((double)p / _phases, cutoff);
            }
        }

        public int HalfTaps { get; }

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
    }
}
