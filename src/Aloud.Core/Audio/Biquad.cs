namespace Aloud.Audio;

/// <summary>Second-order IIR coefficients, normalised so a0 = 1.</summary>
internal readonly record struct Biquad(double B0, double B1, double B2, double A1, double A2);

/// <summary>One running biquad (transposed direct form II, in double so the 38 Hz high-pass stays accurate).</summary>
internal struct BiquadState(Biquad c)
{
    private double _z1;
    private double _z2;

    public double Process(double x)
    {
        double y = (c.B0 * x) + _z1;
        _z1 = (c.B1 * x) - (c.A1 * y) + _z2;
        _z2 = (c.B2 * x) - (c.A2 * y);
        return y;
    }
}
