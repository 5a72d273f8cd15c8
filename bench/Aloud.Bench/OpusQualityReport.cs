using System.Diagnostics;
using System.Globalization;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Audio.Encoders.Opus;
using Concentus;

namespace Aloud.Bench;

/// <summary>
/// <c>dotnet run -c Release -- --opus-quality</c>: encodes a minute of each voice with the old and candidate
/// Opus settings, decodes it back at 48 kHz and prints CPU seconds per minute of audio (process CPU time,
/// best of three, so other load on the machine counts less than in wall time) next to the fidelity figures
/// of <see cref="SpectralDistance"/> and the loudness change. This is how the defaults in OpusSettings were chosen.
/// </summary>
internal static class OpusQualityReport
{
    private static readonly (string Name, OpusSettings Settings)[] Candidates =
    [
        ("old: managed c10, 48 kHz", OpusSettings.Legacy),
        ("native c10", new OpusSettings { Complexity = 10 }),
        ("native c5", new OpusSettings { Complexity = 5 }),
        ("native c3", new OpusSettings { Complexity = 3 }),
        ("native c2", new OpusSettings { Complexity = 2 }),
        ("native c1 (default)", new OpusSettings()),
        ("native c0", new OpusSettings { Complexity = 0 }),
        ("native c1, 24 kbps", new OpusSettings(24000)),
        ("managed c1 (fallback)", new OpusSettings { AllowNative = false }),
    ];

    public static void Run()
    {
        foreach (var voice in new[] { "rms", "en-us" })
        {
            AudioBuffer speech = NarratedSpeech.Synthesize(voice);
            float[] reference = Resampler.Resample(speech.Samples, speech.SampleRate, 48000);
            double lufs = LoudnessMeter.IntegratedLoudness(reference, 48000);
            Console.WriteLine($"{voice} ({speech.SampleRate} Hz, {speech.DurationSeconds:0} s): CPU s/min, x real time, kbps, SNR dB, LSD 0-8 kHz dB, LSD 8-11 kHz dB, loudness change dB");
            foreach (var (name, settings) in Candidates)
            {
                var (ogg, cpuSeconds) = Encode(speech, settings);
                float[] decoded = Decode(ogg);
                double highBand = speech.SampleRate > 16000 ? SpectralDistance.LogSpectralDb(reference, decoded, 48000, 8000, 11000) : double.NaN;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {name,-26} {cpuSeconds * 60 / speech.DurationSeconds,6:0.000} {speech.DurationSeconds / cpuSeconds,5:0}x "
                    + $"{ogg.Length * 8 / speech.DurationSeconds / 1000,5:0.0} {SpectralDistance.SnrDb(reference, decoded),5:0.0} "
                    + $"{SpectralDistance.LogSpectralDb(reference, decoded, 48000, 0, 8000),5:0.00} {highBand,5:0.00} "
                    + $"{LoudnessMeter.IntegratedLoudness(decoded, 48000) - lufs,6:0.00}"));
            }
        }
    }

    private static (byte[] Ogg, double CpuSeconds) Encode(AudioBuffer speech, OpusSettings settings)
    {
        byte[] ogg = [];
        double best = double.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            var output = new MemoryStream();
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            new OggOpusEncoder(settings).Encode(speech, output);
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
            ogg = output.ToArray();
        }

        return (ogg, best);
    }

    // Decodes the audio packets at 48 kHz and drops the pre-skip, so sample i lines up with the source's.
    private static float[] Decode(byte[] ogg)
    {
        var packets = OggPackets.Read(ogg);
        int preSkip = BitConverter.ToUInt16(packets[0], 10);
        IOpusDecoder decoder = OpusCodecFactory.CreateDecoder(48000, 1);
        var decoded = new List<float>();
        var frame = new float[5760];
        foreach (byte[] packet in packets.Skip(2))
        {
            int samples = decoder.Decode(packet, frame, frame.Length, false);
            decoded.AddRange(frame.AsSpan(0, samples));
        }

        return decoded.Skip(preSkip).ToArray();
    }
}
