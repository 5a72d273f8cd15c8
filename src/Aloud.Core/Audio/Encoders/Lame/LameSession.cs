using System.Runtime.InteropServices;

namespace Aloud.Audio.Encoders.Lame;

/// <summary>
/// One libmp3lame encoder handle for mono input at one rate: the settings every Aloud MP3 shares, float to
/// 16-bit conversion, and the chunked calls. The whole-file and the streaming encoder differ only in the
/// bitrate settings they add and in what they do with the bytes.
/// </summary>
internal sealed class LameSession : IDisposable
{
    // Rates an MP3 stream can carry (MPEG-1, -2 and -2.5); any other input rate is left to LAME to resample.
    private static readonly int[] Mp3Rates = [8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000];

    // Samples handed to LAME per call: big enough to amortise the P/Invoke, small enough to keep buffers modest.
    private const int ChunkSamples = 16384;

    private readonly short[] _pcm = new short[ChunkSamples];
    private readonly byte[] _buffer = new byte[LameNative.MaxOutputBytes(ChunkSamples)];
    private IntPtr _gfp;

    private LameSession(IntPtr gfp) => _gfp = gfp;

    /// <summary>"LAME 3.100", for the ID3v2 TSSE frame.</summary>
    public static string Version
    {
        get
        {
            try
            {
                return "LAME " + Marshal.PtrToStringUTF8(LameNative.GetVersion());
            }
            catch (DllNotFoundException e)
            {
                throw new NativeLibraryMissingException("libmp3lame", "libmp3lame0", e);
            }
        }
    }

    /// <summary>
    /// A ready encoder: mono, <paramref name="sampleRate"/> in and (when MP3 can carry it) out, quality 3, no
    /// automatic ID3 tags, then <paramref name="configure"/>'s bitrate settings, then lame_init_params.
    /// </summary>
    public static LameSession Open(int sampleRate, Action<IntPtr> configure)
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
        LameNative.SetQuality(gfp, 3);
        // We write our own ID3v2 tag (UTF-8) in front; LAME's own would have to be kept in step with the Xing frame.
        LameNative.SetWriteId3TagAutomatic(gfp, 0);
        configure(gfp);

        int rc = LameNative.InitParams(gfp);
        if (rc < 0)
        {
            LameNative.Close(gfp);
            throw new InvalidOperationException($"lame_init_params failed ({rc}) for {sampleRate} Hz mono");
        }

        return new LameSession(gfp);
    }

    /// <summary>Encodes <paramref name="samples"/>, writing whatever whole frames LAME releases to <paramref name="output"/>.</summary>
    public unsafe void Encode(ReadOnlySpan<float> samples, Stream output)
    {
        ObjectDisposedException.ThrowIf(_gfp == IntPtr.Zero, this);
        fixed (short* pcmPtr = _pcm)
        fixed (byte* outPtr = _buffer)
        {
            for (int start = 0; start < samples.Length; start += ChunkSamples)
            {
                int count = Math.Min(ChunkSamples, samples.Length - start);
                Pcm16.Convert(samples.Slice(start, count), _pcm);
                int written = LameNative.EncodeBuffer(_gfp, pcmPtr, pcmPtr, count, outPtr, _buffer.Length);
                Check(written, "lame_encode_buffer");
                output.Write(_buffer, 0, written);
            }
        }
    }

    /// <summary>Encodes what LAME still holds (padding the last frame) and writes it.</summary>
    public unsafe void Flush(Stream output)
    {
        ObjectDisposedException.ThrowIf(_gfp == IntPtr.Zero, this);
        fixed (byte* outPtr = _buffer)
        {
            int flushed = LameNative.EncodeFlush(_gfp, outPtr, _buffer.Length);
            Check(flushed, "lame_encode_flush");
            output.Write(_buffer, 0, flushed);
        }
    }

    /// <summary>
    /// The final Xing/LAME tag frame (valid after <see cref="Flush"/>), to write over the placeholder LAME put
    /// first in the audio (same size); empty when LAME wrote no such frame.
    /// </summary>
    public unsafe byte[] LameTagFrame()
    {
        ObjectDisposedException.ThrowIf(_gfp == IntPtr.Zero, this);
        nuint size = LameNative.GetLameTagFrame(_gfp, null, 0);
        if (size == 0)
        {
            return [];
        }

        var frame = new byte[(int)size];
        fixed (byte* framePtr = frame)
        {
            LameNative.GetLameTagFrame(_gfp, framePtr, size);
        }

        return frame;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_gfp != IntPtr.Zero)
        {
            LameNative.Close(_gfp);
            _gfp = IntPtr.Zero;
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
