using Aloud.Audio.Encoders.Ogg;
using Aloud.Audio.Encoders.Tags;
using Concentus;
using Concentus.Enums;

namespace Aloud.Audio.Encoders;

/// <summary>
/// Mono Opus (via Concentus) in an Ogg container (RFC 7845), 20 ms frames. The last page's granule position
/// trims the zero padding of the final frame, so the decoded duration equals the input's.
/// </summary>
/// <param name="bitrate">Target bitrate in bits per second; 32 kbps is transparent-enough for speech.</param>
public sealed class OggOpusEncoder(int bitrate = 32000) : IAudioEncoder
{
    private const int GranuleRate = 48000; // Ogg Opus granules always count 48 kHz samples
    private const int FrameMilliseconds = 20;
    private const int MaxPacketBytes = 1275; // the largest single Opus frame

    private static readonly int[] OpusRates = [8000, 12000, 16000, 24000, 48000];

    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.OggOpus;

    /// <inheritdoc />
    public void Encode(AudioBuffer audio, Stream output) => Encode(audio, output, null);

    /// <inheritdoc />
    /// <remarks>Tags go into the OpusTags header as Vorbis comments (see <see cref="Tags.VorbisComments"/>).</remarks>
    public void Encode(AudioBuffer audio, Stream output, AudioTags? tags)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        // Opus codes natively at a few rates only; anything else (eSpeak's 22.05 kHz) goes up to 48 kHz, so
        // no bandwidth is lost. Flite's 16 kHz is encoded as is, which is cheaper.
        AudioBuffer input = Array.IndexOf(OpusRates, audio.SampleRate) >= 0
            ? audio
            : Resampler.Resample(audio, GranuleRate);
        int rate = input.SampleRate;
        int frameSize = rate * FrameMilliseconds / 1000;
        int granulesPerSample = GranuleRate / rate;

        using IOpusEncoder encoder = OpusCodecFactory.CreateEncoder(rate, 1, OpusApplication.OPUS_APPLICATION_AUDIO);
        encoder.Bitrate = bitrate;
        encoder.SignalType = OpusSignal.OPUS_SIGNAL_VOICE;
        encoder.UseVBR = true;

        // The encoder's lookahead delays everything: decoders drop that much (the pre-skip), and we must
        // feed that much extra (zero) input at the end so the last real samples come out.
        int lookahead = encoder.Lookahead;
        long realGranules = (long)input.Samples.Length * granulesPerSample;
        int frames = (int)Math.Max(1, (input.Samples.Length + lookahead + frameSize - 1) / frameSize);
        ushort preSkip = (ushort)(lookahead * granulesPerSample);

        var writer = new OggPageWriter(output, (uint)Random.Shared.Next());
        // RFC 7845: OpusHead alone on the first page, OpusTags ending its own page, then audio on fresh pages.
        writer.WritePacket(OpusHeaders.OpusHead(preSkip, audio.SampleRate), 0);
        writer.FlushPage();
        writer.WritePacket(OpusHeaders.OpusTags(VorbisComments.For(tags)), 0);
        writer.FlushPage();

        var frame = new float[frameSize];
        var packet = new byte[MaxPacketBytes];
        for (int f = 0; f < frames; f++)
        {
            long start = (long)f * frameSize;
            int available = (int)Math.Clamp(input.Samples.Length - start, 0, frameSize);
            input.Samples.AsSpan((int)Math.Min(start, input.Samples.Length), available).CopyTo(frame);
            Array.Clear(frame, available, frameSize - available);

            int length = encoder.Encode(frame, frameSize, packet, packet.Length);
            if (length < 0)
            {
                throw new InvalidOperationException($"Opus encoding failed with error {length}");
            }

            bool last = f == frames - 1;
            // Every page's granule counts decoded samples including the pre-skip; the final one stops at the
            // real end, which tells decoders to discard the padding.
            long granule = last ? preSkip + realGranules : (f + 1L) * frameSize * granulesPerSample;
            writer.WritePacket(packet.AsSpan(0, length), granule, endOfStream: last);
        }
    }
}
