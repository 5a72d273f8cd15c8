using Aloud.Audio.Encoders.Opus;
using Aloud.Audio.Encoders.Streaming;

namespace Aloud.Audio.Encoders;

/// <summary>
/// Mono Opus in an Ogg container (RFC 7845), 20 ms frames, through native libopus when libopus0 is installed
/// and managed Concentus otherwise (see <see cref="OpusFrameEncoders"/>). The last page's granule position
/// trims the zero padding of the final frame, so the decoded duration equals the input's. One write to the
/// streaming encoder: the same pages, whether the audio arrives at once or sentence by sentence.
/// </summary>
public sealed class OggOpusEncoder : IAudioEncoder
{
    private readonly OpusSettings _settings;

    /// <param name="bitrate">Target bitrate in bits per second; 32 kbps is transparent-enough for speech.</param>
    public OggOpusEncoder(int bitrate = 32000)
        : this(new OpusSettings(bitrate))
    {
    }

    /// <summary>An encoder with explicit settings (the benchmark's baseline, tests of the managed fallback).</summary>
    internal OggOpusEncoder(OpusSettings settings) => _settings = settings ?? throw new ArgumentNullException(nameof(settings));

    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.OggOpus;

    /// <inheritdoc />
    public void Encode(ISampleSource audio, Stream output) => Encode(audio, output, null);

    /// <inheritdoc />
    /// <remarks>Tags go into the OpusTags header as Vorbis comments (see <see cref="Tags.VorbisComments"/>).</remarks>
    public void Encode(ISampleSource audio, Stream output, AudioTags? tags)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        // The serial number is derived from the headers and the opening seconds: enough to tell files apart, and read
        // without holding the whole programme in memory.
        var opening = new float[(int)Math.Min(SampleChunks.Size, audio.Length)];
        audio.Read(0, opening);
        using var encoder = new OggOpusStreamEncoder(audio.SampleRate, output, tags, _settings, opening);
        // Chunks appended without ending a page: the same pages as one write of the whole programme.
        SampleChunks.ForEach(audio, (chunk, count) => encoder.Append(chunk.AsSpan(0, count)));
        encoder.Finish();
    }
}
