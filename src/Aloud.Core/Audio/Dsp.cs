using System.Numerics;
using System.Runtime.CompilerServices;

namespace Aloud.Audio;

/// <summary>Small numeric building blocks shared by the resampler and the true-peak interpolator.</summary>
internal static class Dsp
{
    /// <summary>Normalised sinc: sin(πx)/(πx), 1 at 0.</summary>
    public static double Sinc(double x)
    {
        if (Math.Abs(x) < 1e-12)
        {
            return 1.0;
        }

        double px = Math.PI * x;
        return Math.Sin(px) / px;
    }

    /// <summary>Kaiser window at <paramref name="x"/> in [-1, 1] (0 outside).</summary>
    public static double Kaiser(double x, double beta)
    {
        if (Math.Abs(x) > 1)
        {
            return 0;
        }

        return BesselI0(beta * Math.Sqrt(1 - (x * x))) / BesselI0(beta);
    }

    /// <summary>Modified Bessel function of the first kind, order 0, by its power series.</summary>
    public static double BesselI0(double x)
    {
        double sum = 1, term = 1, quarterSquare = x * x / 4;
        for (int k = 1; k < 200 && term > sum * 1e-16; k++)
        {
            term *= quarterSquare / ((double)k * k);
            sum += term;
        }

        return sum;
    }

    /// <summary>Dot product of two equally long spans, vectorised because filters spend all their time here.</summary>
    /// <remarks>
    /// Compiled fully optimised at its first call: ReadyToRun cannot precompile Vector&lt;T&gt; code, so it would
    /// otherwise start as unoptimised code, and a narration spent a tenth of a second there before tiering up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector<float>.Zero;
        int i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        float sum = Vector.Sum(acc);
        for (; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>The largest magnitude in <paramref name="values"/> (0 when empty), vectorised: the true-peak skip test runs on every sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static float MaxAbs(ReadOnlySpan<float> values)
    {
        var acc = Vector<float>.Zero;
        int i = 0;
        for (; i <= values.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            acc = Vector.Max(acc, Vector.Abs(new Vector<float>(values[i..])));
        }

        float max = 0;
        for (int lane = 0; lane < Vector<float>.Count; lane++)
        {
            max = Math.Max(max, acc[lane]);
        }

        for (; i < values.Length; i++)
        {
            max = Math.Max(max, Math.Abs(values[i]));
        }

        return max;
    }
}
