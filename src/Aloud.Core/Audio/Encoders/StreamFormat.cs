namespace Aloud.Audio.Encoders;

/// <summary>
/// Formats audio can be streamed in, named after the OpenAI speech API's <c>response_format</c> values
/// (<c>mp3</c>, <c>opus</c>, <c>wav</c>, <c>pcm</c>).
/// </summary>
public enum StreamFormat
{
    /// <summary>Constant-bitrate MP3 (no Xing frame: the length is unknown), after an ID3v2 tag when tagged.</summary>
    Mp3,

    /// <summary>Opus in Ogg, a page per write so every piece leaves at once.</summary>
    OggOpus,

    /// <summary>16-bit mono WAV whose RIFF and data sizes say "unknown" (0xFFFFFFFF).</summary>
    Wav,

    /// <summary>Raw signed 16-bit little-endian mono at 24 kHz (<see cref="AudioEncoders.PcmSampleRate"/>), no header.</summary>
    Pcm,
}
