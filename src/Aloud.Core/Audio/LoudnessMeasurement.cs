namespace Aloud.Audio;

/// <summary>The loudness of a whole programme.</summary>
/// <param name="IntegratedLufs">Gated integrated loudness (EBU R128 / BS.1770-4); -∞ for silence.</param>
/// <param name="TruePeakDbtp">4× oversampled peak in dB true-peak; -∞ for digital silence.</param>
public sealed record LoudnessMeasurement(double IntegratedLufs, double TruePeakDbtp)
{
    /// <summary>True when nothing rose above the -70 LUFS absolute gate.</summary>
    public bool IsSilent => double.IsNegativeInfinity(IntegratedLufs);
}
