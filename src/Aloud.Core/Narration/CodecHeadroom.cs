using Aloud.Audio.Encoders;

namespace Aloud.Narration;

/// <summary>
/// The true-peak ceiling to normalise to before a given encoder, so that the peak limit (-1 dBTP) still holds in
/// the decoded file. Lossy codecs overshoot: they drop high frequencies and reshape the waveform, and the Opus
/// path also resamples to 48 kHz, so a file limited to -1 dBTP before encoding decodes with peaks above it
/// (measured on the sample article: MP3 -0.8 dBTP, Opus -0.4 dBTP). WAV is the samples as they are.
/// </summary>
public static class CodecHeadroom
{
    /// <summary>The peak the decoded file must stay under, in dBTP.</summary>
    public const double DecodedCeilingDbtp = -1.0;

    /// <summary>How far below <see cref="DecodedCeilingDbtp"/> to limit before the encoder, in dB.</summary>
    public static double HeadroomDb(AudioFormat format) => format switch
    {
        AudioFormat.Mp3 => 1.0,
        AudioFormat.OggOpus => 1.5,
        _ => 0.0,
    };

    /// <summary>The ceiling to give the narrator (<see cref="Narrator.TruePeakCeilingDbtp"/>) for <paramref name="format"/>.</summary>
    public static double CeilingFor(AudioFormat format) => DecodedCeilingDbtp - HeadroomDb(format);
}
