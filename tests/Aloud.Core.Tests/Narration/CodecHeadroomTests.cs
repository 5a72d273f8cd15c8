using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;
using Concentus;
using NLayer;

namespace Aloud.Tests.Narration;

/// <summary>The peak limit measured where a listener meets it: in the decoded MP3 and Opus files.</summary>
[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class CodecHeadroomTests : IDisposable
{
    private static readonly Article Story = new(
        "Harbor crews race the tide",
        "Mira Castell",
        null,
        "en-US",
        null,
        [
            new ArticleBlock(BlockKind.Paragraph, "Crews worked through the night to move boats before the storm surge reached the quay."),
            new ArticleBlock(BlockKind.Paragraph, "\"We have never seen water this high so early,\" said harbor master Ines Varga. \"Stay away from the sea wall!\""),
            new ArticleBlock(BlockKind.Paragraph, "Forecasters expect winds of sixty miles an hour, shifting west by Sunday morning."),
        ]);

    private readonly SpeechEngines _engines = new();

    public void Dispose() => _engines.Dispose();

    [Fact]
    public void Lossy_formats_get_headroom_and_wav_none()
    {
        Assert.True(CodecHeadroom.CeilingFor(AudioFormat.Mp3) < CodecHeadroom.DecodedCeilingDbtp);
        Assert.True(CodecHeadroom.CeilingFor(AudioFormat.OggOpus) < CodecHeadroom.DecodedCeilingDbtp);
        Assert.Equal(CodecHeadroom.DecodedCeilingDbtp, CodecHeadroom.CeilingFor(AudioFormat.Wav));
    }

    [Theory]
    [InlineData(AudioFormat.Mp3)]
    [InlineData(AudioFormat.OggOpus)]
    public void The_decoded_file_stays_under_the_peak_limit(AudioFormat format)
    {
        var (engine, voice) = _engines.Resolve("rms");
        var script = new ScriptWriter().Write(Story);
        var narration = new Narrator(engine, voice, new SynthesisOptions()) { TruePeakCeilingDbtp = CodecHeadroom.CeilingFor(format) }.Narrate(script);
        var output = new MemoryStream();
        AudioEncoders.ForFormat(format).Encode(narration.Audio, output);
        var decoded = format == AudioFormat.Mp3 ? DecodeMp3(output.ToArray()) : DecodeOpus(output.ToArray());
        var peak = LoudnessMeter.Measure(decoded).TruePeakDbtp;
        Assert.True(peak <= CodecHeadroom.DecodedCeilingDbtp, $"decoded {format} true peak {peak:0.00} dBTP");
    }

    private static AudioBuffer DecodeMp3(byte[] mp3)
    {
        using var file = new MpegFile(new MemoryStream(mp3));
        var all = new List<float>();
        var buffer = new float[4096];
        int read;
        while ((read = file.ReadSamples(buffer, 0, buffer.Length)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, read));
        }
        return new AudioBuffer(all.ToArray(), file.SampleRate);
    }

    private static AudioBuffer DecodeOpus(byte[] ogg)
    {
        var decoder = OpusCodecFactory.CreateDecoder(48000, 1);
        var all = new List<float>();
        var frame = new float[5760];
        foreach (var packet in Aloud.Tests.Audio.Encoders.Ogg.OggReader.Packets(Aloud.Tests.Audio.Encoders.Ogg.OggReader.Pages(ogg)).Skip(2))
        {
            var samples = decoder.Decode(packet.Data, frame, frame.Length, false);
            all.AddRange(frame.AsSpan(0, samples));
        }
        return new AudioBuffer(all.ToArray(), 48000);
    }
}
