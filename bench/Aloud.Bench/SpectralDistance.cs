using System.Numerics;

namespace Aloud.Bench;

/// <summary>
/// Objective fidelity of a lossy copy against its source at the same rate and alignment: waveform SNR and the
/// log-spectral distance (RMS dB difference of Hann-windowed 1024-point power spectra, over the bins within
/// 40 dB of each frame's loudest, skipping near-silent frames). An average spectral distortion around 1 dB
/// is the usual rule of thumb for "transparent" in speech coding, so differences well under that are taken
/// as inaudible; it is a proxy, not a listening test.
/// </summary>
internal static class SpectralDistance
{
    private const int Size = 1024;
    private const int Hop = 512;

    /// <summary>Signal-to-noise ratio of <paramref name="copy"/> against <paramref name="source"/> in dB.</summary>
    public static double SnrDb(ReadOnlySpan<float> source, ReadOnlySpan<float> copy)
    {
        int n = Math.Min(source.Length, copy.Length);
        double signal = 0, noise = 0;
        for (int i = 0; i < n; i++)
        {
            signal += source[i] * (double)source[i];
            double d = source[i] - (double)copy[i];
            noise += d * d;
        }

        return 10 * Math.Log10(signal / noise);
    }

    /// <summary>Mean log-spectral distance in dB between <paramref name="lowHz"/> and <paramref name="highHz"/>.</summary>
    public static double LogSpectralDb(float[] source, float[] copy, int sampleRate, double lowHz, double highHz)
    {
        int n = Math.Min(source.Length, copy.Length);
        int first = Math.Max(1, (int)(lowHz * Size / sampleRate));
        int last = Math.Min(Size / 2, (int)(highHz * Size / sampleRate));
        double total = 0;
        int frames = 0;
        for (int start = 0; start + Size <= n; start += Hop)
        {
            double[] a = PowerSpectrum(source, start);
            if (a.Sum() / Size < 1e-7)
            {
                continue; // silence: nothing to hear, and its spectrum is only noise
            }

            double[] b = PowerSpectrum(copy, start);
            double floor = a[first..last].Max() * 1e-4;
            double sum = 0;
            int bins = 0;
            for (int k = first; k < last; k++)
            {
                if (a[k] >= floor)
                {
                    double d = 10 * Math.Log10((a[k] + 1e-12) / (b[k] + 1e-12));
                    sum += d * d;
                    bins++;
                }
            }

            total += Math.Sqrt(sum / bins);
            frames++;
        }

        return total / frames;
    }

    private static double[] PowerSpectrum(float[] samples, int start)
    {
        var x = new Complex[Size];
        for (int i = 0; i < Size; i++)
        {
            x[i] = samples[start + i] * (0.5 - (0.5 * Math.Cos(2 * Math.PI * i / Size)));
        }

        Fft(x);
        return x.Take((Size / 2) + 1).Select(c => (c.Real * c.Real) + (c.Imaginary * c.Imaginary)).ToArray();
    }

    // Iterative radix-2 Cooley-Tukey, in place.
    private static void Fft(Complex[] x)
    {
        for (int i = 1, j = 0; i < x.Length; i++)
        {
            int bit = x.Length >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (x[i], x[j]) = (x[j], x[i]);
            }
        }

        for (int length = 2; length <= x.Length; length <<= 1)
        {
            var step = Complex.FromPolarCoordinates(1, -2 * Math.PI / length);
            for (int i = 0; i < x.Length; i += length)
            {
                Complex w = 1;
                for (int k = 0; k < length / 2; k++)
                {
                    Complex u = x[i + k];
                    Complex v = x[i + k + (length / 2)] * w;
                    x[i + k] = u + v;
                    x[i + k + (length / 2)] = u - v;
                    w *= step;
                }
            }
        }
    }
}
