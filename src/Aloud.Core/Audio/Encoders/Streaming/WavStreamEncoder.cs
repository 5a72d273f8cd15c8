namespace Aloud.Audio.Encoders.Streaming;

/// <summary>
/// 16-bit mono WAV of unknown length: the RIFF and data chunk sizes are 0xFFFFFFFF, the convention for WAV
/// streams (ffmpeg, SoX and browsers read such a file until the connection ends). The header cannot be patched
/// afterwards because the bytes have already left; a saved copy plays, but tools that trust the sizes will
/// report a wrong (very long) duration.
/// </summary>
internal sealed class WavStreamEncoder : StreamEncoder
{
    public WavStreamEncoder(int sampleRate, Stream output, AudioTags? tags)
        : base(output)
    {
        Output.Write(WavHeader.Build(sampleRate, dataBytes: null, tags));
        Output.Flush();
    }

    protected override void Encode(ReadOnlySpan<float> samples)
    {
        var bytes = new byte[samples.Length * sizeof(short)];
        WavHeader.ToLittleEndian16(samples, bytes);
        Output.Write(bytes);
    }

    protected override void End()
    {
        // Nothing is held back, and an endless data chunk has no end marker.
    }
}
