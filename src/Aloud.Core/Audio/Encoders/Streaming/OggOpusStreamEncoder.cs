using Aloud.Audio.Encoders.Ogg;
using Aloud.Audio.Encoders.Opus;
using Aloud.Audio.Encoders.Tags;

namespace Aloud.Audio.Encoders.Streaming;

/// <summary>
/// Mono Opus (native libopus when installed, else Concentus: see <see cref="OpusFrameEncoders"/>) in Ogg
/// (RFC 7845), 20 ms frames, written as the audio arrives; the whole-file
/// <see cref="OggOpusEncoder"/> is this with one write. Each write ends its Ogg page, so a sentence's packets
/// leave at once instead of waiting for a full 4 KB page; granule positions count 48 kHz samples including the
/// pre-skip, and the end-of-stream page's granule trims the final frame's padding to the exact input length.
/// Opus codes natively at a few rates only; others go up to the next one through a <see cref="StreamingResampler"/>
/// (eSpeak's 22.05 kHz to 24 kHz), which keeps all their bandwidth at half the samples of 48 kHz. Flite's
/// 16 kHz is encoded as is.
/// </summary>
internal sealed class OggOpusStreamEncoder : StreamEncoder
{
    private const int GranuleRate = 48000;
    private const int FrameMilliseconds = 20;
    private const int MaxPacketBytes = 1275; // the largest single Opus frame

    private static readonly int[] OpusRates = [8000, 12000, 16000, 24000, 48000];

    private readonly StreamingResampler? _resampler;
    private readonly IOpusFrameEncoder _encoder;
    private readonly OggPageWriter _writer;
    private readonly int _frameSize;
    private readonly int _granulesPerSample;
    private readonly int _lookahead;
    private readonly ushort _preSkip;
    private readonly float[] _frame;
    private readonly byte[] _packet = new byte[MaxPacketBytes];
    private int _frameFill;
    private long _inputSamples; // at the encoder's rate
    private long _framesEncoded;

    /// <param name="sampleRate">The input's rate.</param>
    /// <param name="output">Where the pages go.</param>
    /// <param name="tags">What the OpusTags header says; null for no comments.</param>
    /// <param name="settings">Bitrate, complexity and library; null for <see cref="OpusSettings"/>' defaults.</param>
    /// <param name="content">The whole audio when it is known up front (the whole-file encoder): it goes into the
    /// stream's serial number, so that the same audio gives the same file.</param>
    public OggOpusStreamEncoder(int sampleRate, Stream output, AudioTags? tags, OpusSettings? settings = null, ReadOnlySpan<float> content = default)
        : base(output)
    {
        settings ??= new OpusSettings();
        int rate = EncoderRate(sampleRate, settings);
        _resampler = rate == sampleRate ? null : new StreamingResampler(sampleRate, rate);
        _frameSize = rate * FrameMilliseconds / 1000;
        _granulesPerSample = GranuleRate / rate;
        _frame = new float[_frameSize];

        _encoder = OpusFrameEncoders.Create(rate, settings);
        _lookahead = _encoder.Lookahead;
        _preSkip = (ushort)(_lookahead * _granulesPerSample);

        var head = OpusHeaders.OpusHead(_preSkip, sampleRate);
        var comments = OpusHeaders.OpusTags(VorbisComments.For(tags));
        _writer = new OggPageWriter(Output, SerialNumber(head, comments, content));
        // RFC 7845: OpusHead alone on the first page, OpusTags ending its own page; sent before any audio.
        _writer.WritePacket(head, 0);
        _writer.FlushPage();
        _writer.WritePacket(comments, 0);
        _writer.FlushPage();
        Output.Flush();
    }

    /// <summary>
    /// The stream's serial number, derived from what the stream carries (its two headers, and the audio when it is
    /// known up front) instead of drawn at random: RFC 3533 asks only that it tell apart the streams of one file,
    /// and a random one made every run's file differ, so caches and byte-for-byte checks could not rely on it.
    /// </summary>
    internal static uint SerialNumber(byte[] head, byte[] comments, ReadOnlySpan<float> content)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(head);
        hash.AppendData(comments);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(content));
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(digest);
    }

    /// <summary>The library doing the encoding, e.g. "libopus 1.3.1".</summary>
    public string Implementation => _encoder.Implementation;

    protected override void Encode(ReadOnlySpan<float> samples)
    {
        Feed(_resampler is null ? samples : _resampler.Write(samples));
        _writer.FlushPage();
    }

    /// <summary>
    /// Encodes <paramref name="samples"/> without ending the page or flushing the output: a whole file written a
    /// chunk at a time gets the pages one <see cref="IAudioStreamEncoder.Write"/> of all of it would.
    /// </summary>
    public void Append(ReadOnlySpan<float> samples) => Feed(_resampler is null ? samples : _resampler.Write(samples));

    protected override void End()
    {
        if (_resampler is not null)
        {
            Feed(_resampler.Finish());
        }

        // The encoder's lookahead delays everything: feed that much silence past the end (in whole frames) so
        // the last real samples come out; the final granule then says where the real audio stops.
        long needed = _inputSamples + _lookahead;
        bool last;
        do
        {
            Array.Clear(_frame, _frameFill, _frameSize - _frameFill);
            last = (_framesEncoded + 1) * _frameSize >= needed;
            EncodeFrame(last);
        }
        while (!last);
    }

    // A native libopus encoder holds unmanaged memory.
    protected override void Release() => _encoder.Dispose();

    // The input's own rate when Opus takes it, else the next Opus rate up (48 kHz for anything above 24 kHz).
    private static int EncoderRate(int sampleRate, OpusSettings settings)
    {
        if (Array.IndexOf(OpusRates, sampleRate) >= 0)
        {
            return sampleRate;
        }

        return settings.ResampleTo48Khz ? GranuleRate : OpusRates.FirstOrDefault(r => r > sampleRate, GranuleRate);
    }

    private void Feed(ReadOnlySpan<float> samples)
    {
        _inputSamples += samples.Length;
        while (!samples.IsEmpty)
        {
            int take = Math.Min(samples.Length, _frameSize - _frameFill);
            samples[..take].CopyTo(_frame.AsSpan(_frameFill));
            _frameFill += take;
            samples = samples[take..];
            if (_frameFill == _frameSize)
            {
                EncodeFrame(last: false);
            }
        }
    }

    private void EncodeFrame(bool last)
    {
        int length = _encoder.Encode(_frame, _packet);
        _framesEncoded++;
        _frameFill = 0;
        // A page's granule counts the samples decoded through it, pre-skip included; the last stops at the real end.
        long granule = last
            ? _preSkip + (_inputSamples * _granulesPerSample)
            : _framesEncoded * _frameSize * _granulesPerSample;
        _writer.WritePacket(_packet.AsSpan(0, length), granule, endOfStream: last);
    }
}
