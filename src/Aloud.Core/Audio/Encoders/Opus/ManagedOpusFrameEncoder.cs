using Concentus;
using Concentus.Enums;
using Concentus.Structs;

namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// Mono Opus through Concentus, the managed port of libopus: always available, so Ogg Opus works without
/// libopus0, but several times the CPU of the native library.
/// </summary>
internal sealed class ManagedOpusFrameEncoder : IOpusFrameEncoder
{
    private readonly IOpusEncoder _encoder;

    /// <summary>An encoder for <paramref name="sampleRate"/> (an Opus rate) with <paramref name="settings"/>.</summary>
    public ManagedOpusFrameEncoder(int sampleRate, OpusSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Constructed directly, not through OpusCodecFactory: the factory would pick native libopus wherever
        // libopus-dev is installed, and this class is the managed fallback whatever the machine has.
#pragma warning disable CS0618 // Concentus marks the constructor obsolete only to steer callers to that factory.
        _encoder = new OpusEncoder(sampleRate, 1, OpusApplication.OPUS_APPLICATION_AUDIO);
#pragma warning restore CS0618
        _encoder.Bitrate = settings.Bitrate;
        _encoder.UseVBR = true;
        _encoder.Complexity = settings.Complexity;
        _encoder.SignalType = OpusSignal.OPUS_SIGNAL_VOICE;
        Lookahead = _encoder.Lookahead;
        Implementation = _encoder.GetVersionString() + " (managed)";
    }

    /// <inheritdoc />
    public string Implementation { get; }

    /// <inheritdoc />
    public int Lookahead { get; }

    /// <inheritdoc />
    public int Encode(ReadOnlySpan<float> frame, Span<byte> packet)
    {
        int length = _encoder.Encode(frame, frame.Length, packet, packet.Length);
        return length >= 0 ? length : throw new InvalidOperationException($"Opus encoding failed with error {length}");
    }

    /// <inheritdoc />
    public void Dispose() => _encoder.Dispose();
}
