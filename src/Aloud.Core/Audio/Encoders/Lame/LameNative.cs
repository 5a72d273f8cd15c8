using System.Runtime.InteropServices;

namespace Aloud.Audio.Encoders.Lame;

/// <summary>
/// P/Invoke declarations for the parts of Debian's <c>libmp3lame.so.0</c> (lame.h) the MP3 encoder uses.
/// Every function takes the opaque <c>lame_global_flags*</c> returned by <see cref="Init"/>.
/// </summary>
internal static partial class LameNative
{
    // The versioned soname: Debian's runtime package (libmp3lame0) ships no unversioned libmp3lame.so,
    // which only comes with the -dev package.
    private const string Library = "libmp3lame.so.0";

    // Runs before the first binding is used: LAME is looked up where NativeLibraries says (ALOUD_NATIVE_DIR).
    static LameNative() => NativeLibraries.ResolveImportsOf(typeof(LameNative).Assembly);

    /// <summary>MPEG_mode MONO from lame.h.</summary>
    public const int ModeMono = 3;

    /// <summary>vbr_mode vbr_mtrh from lame.h: LAME's default (and best) VBR algorithm.</summary>
    public const int VbrMtrh = 4;

    [LibraryImport(Library, EntryPoint = "lame_init")]
    public static partial IntPtr Init();

    [LibraryImport(Library, EntryPoint = "lame_close")]
    public static partial int Close(IntPtr gfp);

    [LibraryImport(Library, EntryPoint = "lame_set_in_samplerate")]
    public static partial int SetInSampleRate(IntPtr gfp, int rate);

    [LibraryImport(Library, EntryPoint = "lame_set_out_samplerate")]
    public static partial int SetOutSampleRate(IntPtr gfp, int rate);

    [LibraryImport(Library, EntryPoint = "lame_set_num_channels")]
    public static partial int SetNumChannels(IntPtr gfp, int channels);

    [LibraryImport(Library, EntryPoint = "lame_set_mode")]
    public static partial int SetMode(IntPtr gfp, int mode);

    [LibraryImport(Library, EntryPoint = "lame_set_quality")]
    public static partial int SetQuality(IntPtr gfp, int quality);

    [LibraryImport(Library, EntryPoint = "lame_set_VBR")]
    public static partial int SetVbr(IntPtr gfp, int vbrMode);

    /// <summary>vbr_mode vbr_off from lame.h: constant bitrate.</summary>
    public const int VbrOff = 0;

    [LibraryImport(Library, EntryPoint = "lame_set_brate")]
    public static partial int SetBitrateKbps(IntPtr gfp, int kbps);

    [LibraryImport(Library, EntryPoint = "lame_set_VBR_quality")]
    public static partial int SetVbrQuality(IntPtr gfp, float quality);

    [LibraryImport(Library, EntryPoint = "lame_set_VBR_max_bitrate_kbps")]
    public static partial int SetVbrMaxBitrateKbps(IntPtr gfp, int kbps);

    [LibraryImport(Library, EntryPoint = "lame_set_bWriteVbrTag")]
    public static partial int SetWriteVbrTag(IntPtr gfp, int enabled);

    [LibraryImport(Library, EntryPoint = "lame_set_write_id3tag_automatic")]
    public static partial void SetWriteId3TagAutomatic(IntPtr gfp, int enabled);

    [LibraryImport(Library, EntryPoint = "lame_init_params")]
    public static partial int InitParams(IntPtr gfp);

    [LibraryImport(Library, EntryPoint = "lame_get_out_samplerate")]
    public static partial int GetOutSampleRate(IntPtr gfp);

    /// <summary>Encodes 16-bit PCM; with one channel the right buffer is ignored.</summary>
    [LibraryImport(Library, EntryPoint = "lame_encode_buffer")]
    public static unsafe partial int EncodeBuffer(
        IntPtr gfp, short* left, short* right, int samples, byte* mp3Buffer, int mp3BufferSize);

    [LibraryImport(Library, EntryPoint = "lame_encode_flush")]
    public static unsafe partial int EncodeFlush(IntPtr gfp, byte* mp3Buffer, int mp3BufferSize);

    /// <summary>Returns the size of the final Xing/LAME tag frame (copied only if it fits in <paramref name="size"/>).</summary>
    [LibraryImport(Library, EntryPoint = "lame_get_lametag_frame")]
    public static unsafe partial nuint GetLameTagFrame(IntPtr gfp, byte* buffer, nuint size);

    /// <summary>LAME's version as a static C string, e.g. <c>3.100</c>.</summary>
    [LibraryImport(Library, EntryPoint = "get_lame_version")]
    public static partial IntPtr GetVersion();

    /// <summary>Worst-case output size for <paramref name="samples"/> input samples, as documented in lame.h.</summary>
    public static int MaxOutputBytes(int samples) => (int)(1.25 * samples) + 7200;
}
