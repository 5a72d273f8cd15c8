using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Audio.Encoders.Opus;
using Aloud.Audio.Encoders.Streaming;
using Aloud.Tests.Audio.Encoders.Ogg;
using Concentus;

namespace Aloud.Tests.Audio.Encoders.Opus;

public class OpusFrameEncodersTests
{
    [Fact]
    public void NativeLibopusFromLibopus0IsUsedWhenInstalled()
    {
        // scripts/install-packages.sh installs libopus0 (libopus.so.0 only, no libopus-dev symlink) before the
        // tests run, so the native library must be found and chosen.
        Assert.True(OpusFrameEncoders.NativeAvailable, "libopus.so.0 did not load: is libopus0 installed?");

        using IOpusFrameEncoder encoder = OpusFrameEncoders.Create(16000, new OpusSettings());

        Assert.IsType<NativeOpusFrameEncoder>(encoder);
        Assert.StartsWith("libopus 1.", encoder.Implementation);
    }

    [Fact]
    public void TheOggOpusWritersUseTheNativeLibraryByDefault()
    {
        using var encoder = new OggOpusStreamEncoder(22050, new MemoryStream(), null);

        Assert.StartsWith("libopus 1.", encoder.Implementation);
    }

    [Fact]
    public void ManagedConcentusIsUsedWhenNativeIsNotAllowed()
    {
        using IOpusFrameEncoder encoder = OpusFrameEncoders.Create(16000, new OpusSettings { AllowNative = false });

        Assert.IsType<ManagedOpusFrameEncoder>(encoder);
        Assert.StartsWith("Concentus", encoder.Implementation);
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void NativeAndManagedWriteTheSameDurationAndLoudness(int sampleRate)
    {
        AudioBuffer speech = TestSignals.SpeechLike(sampleRate, 3.1, seed: 3);

        var (nativeSeconds, nativeRms) = EncodeAndMeasure(speech, new OpusSettings());
        var (managedSeconds, managedRms) = EncodeAndMeasure(speech, OpusSettings.Legacy);

        Assert.Equal(speech.DurationSeconds, nativeSeconds, 3);
        Assert.Equal(speech.DurationSeconds, managedSeconds, 3);
        Assert.InRange(nativeRms, TestSignals.RmsDb(speech.Samples) - 1.5, TestSignals.RmsDb(speech.Samples) + 1.5);
        Assert.InRange(nativeRms, managedRms - 0.5, managedRms + 0.5);
    }

    [Fact]
    public void ComplexityIsPassedToTheEncoder()
    {
        // The cheaper setting must actually change the bitstream, or the CPU saving measured for it is not real.
        AudioBuffer speech = TestSignals.SpeechLike(16000, 2, seed: 5);

        byte[] low = Encode(speech, new OpusSettings { Complexity = 1 });
        byte[] high = Encode(speech, new OpusSettings { Complexity = 10 });

        Assert.NotEqual(Packets(low).Skip(2).SelectMany(p => p), Packets(high).Skip(2).SelectMany(p => p));
    }

    private static (double Seconds, double RmsDb) EncodeAndMeasure(AudioBuffer audio, OpusSettings settings)
    {
        byte[] ogg = Encode(audio, settings);
        List<OggPage> pages = OggReader.Pages(ogg);
        List<byte[]> packets = Packets(ogg);
        int preSkip = BitConverter.ToUInt16(packets[0], 10);
        long playable = pages[^1].Granule - preSkip;

        IOpusDecoder decoder = OpusCodecFactory.CreateDecoder(48000, 1);
        var decoded = new List<float>();
        var frame = new float[5760];
        foreach (byte[] packet in packets.Skip(2))
        {
            int samples = decoder.Decode(packet, frame, frame.Length, false);
            decoded.AddRange(frame.AsSpan(0, samples));
        }

        return (playable / 48000.0, TestSignals.RmsDb(decoded.ToArray().AsSpan(preSkip, (int)playable)));
    }

    private static byte[] Encode(AudioBuffer audio, OpusSettings settings)
    {
        var output = new MemoryStream();
        new OggOpusEncoder(settings).Encode(audio, output);
        return output.ToArray();
    }

    private static List<byte[]> Packets(byte[] ogg) => OggReader.Packets(OggReader.Pages(ogg)).Select(p => p.Data).ToList();
}
