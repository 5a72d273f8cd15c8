namespace Aloud.Audio.Encoders.Streaming;

/// <summary>
/// Raw signed 16-bit little-endian mono samples at <see cref="AudioEncoders.PcmSampleRate"/> (24 kHz), no header:
/// OpenAI's <c>pcm</c> response format. Other rates are converted with a <see cref="StreamingResampler"/>, so
/// sentence joins carry no filter edges; it holds back ~2 ms per write until the next one or Finish.
/// </summary>
internal sealed class PcmStreamEncoder : StreamEncoder
{
    private readonly StreamingResampler? _resampler;

    public PcmStreamEncoder(int sampleRate, Stream output)
        : base(output)
    {
        _resampler = sampleRate == AudioEncoders.PcmSampleRate
            ? null
            : new StreamingResampler(sampleRate, AudioEncoders.PcmSampleRate);
    }

    protected override void Encode(ReadOnlySpan<float> samples) =>
        WriteSamples(_resampler is null ? samples : _resampler.Write(samples));

    protected override void End()
    {
        if (_resampler is not null)
        {
            WriteSamples(_resampler.Finish());
        }
    }

    private void WriteSamples(ReadOnlySpan<float> samples)
    {
        var bytes = new byte[samples.Length * sizeof(short)];
        WavHeader.ToLittleEndian16(samples, bytes);
        Output.Write(bytes);
    }
}
