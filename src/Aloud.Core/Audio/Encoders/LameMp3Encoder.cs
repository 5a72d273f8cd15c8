using Aloud.Audio.Encoders.Lame;

namespace Aloud.Audio.Encoders;

/// <summary>
/// Mono VBR MP3 through Debian's libmp3lame. The file starts with a Xing/LAME tag frame, so players know
/// the exact duration and the encoder delay/padding to trim for gapless playback.
/// </summary>
/// <param name="vbrQuality">LAME VBR quality, 0 (best) to 9.999; 6.5 gives roughly 40-64 kbps for mono speech.</param>
/// <param name="maxBitrateKbps">Upper bound on any single frame's bitrate, so sibilant bursts stay cheap.</param>
public sealed class LameMp3Encoder(float vbrQuality = 6.5f, int maxBitrateKbps = 96) : IAudioEncoder
{
    // Rates an MP3 stream can carry (MPEG-1, -2 and -2.5); any other input rate is left to LAME to resample.
    private static readonly int[] Mp3Rates = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

    // Samples handed to LAME per call: big enough to amortise the P/Invoke, small enough to keep buffers modest.
    private const int ChunkSamples = 16384;

    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.Mp3;

    /// <inheritdoc />
    public void Encode(AudioBuffer audio, Stream output)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        IntPtr gfp = CreateEncoder(audio.SampleRate);
        try
        {
            // The tag frame is only final after the flush, but it must sit at the start of the file: encode into
            // memory and patch it in, so the output stream need not be seekable.
            var mp3 = new MemoryStream();
            EncodeSamples(gfp, audio.Samples, mp3);
            byte[] file = mp3.GetBuffer();
            WriteLameTag(gfp, file, (int)mp3.Length);
            output.Write(file, 0, (int)mp3.Length);
        }
        finally
        {
            LameNative.Close(gfp);
        }
    }

    private IntPtr CreateEncoder(int sampleRate)
    {
        IntPtr gfp;
        try
        {
            gfp = LameNative.Init();
        }
        catch (DllNotFoundException e)
        {
            throw new NativeLibraryMissingException("libmp3lame", "libmp3lame0", e);
        }

        if (gfp == IntPtr.Zero)
        {
            throw new InvalidOperationException("lame_init failed (out of memory?)");
        }

        LameNative.SetInSampleRate(gfp, sampleRate);
        // Keep the source rate when MP3 can carry it: LAME's automatic choice may downsample speech audibly.
        LameNative.SetOutSampleRate(gfp, Array.IndexOf(Mp3Rates, sampleRate) >= 0 ? sampleRate : 0);
        LameNative.SetNumChannels(gfp, 1);
        LameNative.SetMode(gfp, LameNative.ModeMono);
        LameNative.SetVbr(gfp, LameNative.VbrMtrh);
        LameNative.SetVbrQuality(gfp, vbrQuality);
        LameNative.SetVbrMaxBitrateKbps(gfp, maxBitrateKbps);
        LameNative.SetQuality(gfp, 3);
        LameNative.SetWriteVbrTag(gfp, 1);
        // No ID3 tags: the tag frame must be the first thing in the file for players to find it.
        LameNative.SetWriteId3TagAutomatic(gfp, 0);

        int rc = LameNative.InitParams(gfp);
        if (rc < 0)
        {
            LameNative.Close(gfp);
            throw new InvalidOperationException($"lame_init_params failed ({rc}) for {sampleRate} Hz mono");
        }

        return gfp;
    }

    private static unsafe void EncodeSamples(IntPtr gfp, float[] samples, MemoryStream mp3)
    {
        var pcm = new short[ChunkSamples];
        var buffer = new byte[LameNative.MaxOutputBytes(ChunkSamples)];
        fixed (short* pcmPtr = pcm)
        fixed (byte* outPtr = buffer)
        {
            for (int start = 0; start < samples.Length; start += ChunkSamples)
            {
                int count = Math.Min(ChunkSamples, samples.Length - start);
                Pcm16.Convert(samples.AsSpan(start, count), pcm);
                int written = LameNative.EncodeBuffer(gfp, pcmPtr, pcmPtr, count, outPtr, buffer.Length);
                Check(written, "lame_encode_buffer");
                mp3.Write(buffer, 0, written);
            }

            int flushed = LameNative.EncodeFlush(gfp, outPtr, buffer.Length);
            Check(flushed, "lame_encode_flush");
            mp3.Write(buffer, 0, flushed);
        }
    }

    private static unsafe void WriteLameTag(IntPtr gfp, byte[] file, int length)
    {
        // The placeholder LAME wrote at the start has the same size as the final tag frame.
        nuint size = LameNative.GetLameTagFrame(gfp, null, 0);
        if (size == 0 || (int)size > length)
        {
            return;
        }

        fixed (byte* filePtr = file)
        {
            LameNative.GetLameTagFrame(gfp, filePtr, size);
        }
    }

    private static void Check(int rc, string function)
    {
        if (rc < 0)
        {
            throw new InvalidOperationException($"{function} failed with LAME error {rc}");
        }
    }
}
