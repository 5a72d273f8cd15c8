namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// How Aloud's Opus encoders are set up. The defaults were chosen by measurement on narrated speech
/// (docs/performance.md, bench/Aloud.Bench OpusEncodingBenchmarks): native libopus at complexity 1 is the only
/// setting measured at 4x or more cheaper than the old managed complexity 10 for both Flite and eSpeak, and
/// decoded back it stays within 0.6 dB log-spectral distance of the old output with a better SNR and
/// loudness match. Complexities 5 to 8 saved only 2 to 3x. The VoIP application, 40/60 ms frames, DTX and
/// other bitrates saved no CPU worth their cost in fidelity, size or streaming latency, so those stay.
/// </summary>
/// <param name="Bitrate">Target bitrate in bits per second; 32 kbps is transparent-enough for speech.</param>
internal sealed record OpusSettings(int Bitrate = 32000)
{
    /// <summary>Opus encoder complexity, 0 (cheapest) to 10 (Opus's default); 0 blurs eSpeak's 8-11 kHz band.</summary>
    public int Complexity { get; init; } = 1;

    /// <summary>Whether native libopus may be used when it is installed; false forces managed Concentus.</summary>
    public bool AllowNative { get; init; } = true;

    /// <summary>
    /// Whether input at a rate Opus does not take goes up to 48 kHz rather than to the next Opus rate (24 kHz
    /// for eSpeak's 22.05 kHz, which loses nothing): the old behaviour, kept for the benchmark's baseline.
    /// </summary>
    public bool ResampleTo48Khz { get; init; }

    /// <summary>What Aloud used before these were measured: managed Concentus at complexity 10, 48 kHz (the benchmark's baseline).</summary>
    public static OpusSettings Legacy { get; } = new() { Complexity = 10, AllowNative = false, ResampleTo48Khz = true };
}
