namespace Aloud.Audio.Encoders;

/// <summary>16-bit PCM mono RIFF/WAVE: lossless, for debugging and for tools that want raw audio.</summary>
public sealed class WavEncoder : IAudioEncoder
{
    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.Wav;

    /// <inheritdoc />
    public void Encode(ISampleSource audio, Stream output) => Encode(audio, output, null);

    /// <inheritdoc />
    /// <remarks>Tags go into a LIST/INFO chunk before the data chunk; without tags the header is the plain 44 bytes.</remarks>
    public void Encode(ISampleSource audio, Stream output, AudioTags? tags)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        long dataBytes = audio.Length * sizeof(short);
        // RIFF sizes are 32-bit: about 37 hours of 16 kHz mono, far beyond any article.
        if (dataBytes > uint.MaxValue - 65536)
        {
            throw new ArgumentException("Audio is too long for a WAV file (4 GiB limit).", nameof(audio));
        }

        output.Write(WavHeader.Build(audio.SampleRate, (uint)dataBytes, tags));

        var bytes = new byte[SampleChunks.Size * sizeof(short)];
        SampleChunks.ForEach(audio, (chunk, count) =>
        {
            WavHeader.ToLittleEndian16(chunk.AsSpan(0, count), bytes);
            output.Write(bytes, 0, count * sizeof(short));
        });
    }
}
