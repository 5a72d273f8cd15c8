namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// One mono Opus encoder, whichever library is behind it: what the Ogg Opus writer needs and nothing more, so
/// native libopus and managed Concentus are interchangeable (see <see cref="OpusFrameEncoders"/>).
/// </summary>
internal interface IOpusFrameEncoder : IDisposable
{
    /// <summary>The library doing the work, e.g. "libopus 1.3.1" or "Concentus 2.1.2 (managed)".</summary>
    string Implementation { get; }

    /// <summary>The encoder's delay in samples at its own rate (the Ogg pre-skip, before scaling to 48 kHz).</summary>
    int Lookahead { get; }

    /// <summary>Encodes one whole frame into <paramref name="packet"/>; returns the packet's length.</summary>
    int Encode(ReadOnlySpan<float> frame, Span<byte> packet);
}
