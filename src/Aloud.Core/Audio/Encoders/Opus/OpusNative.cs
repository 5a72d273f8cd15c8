using System.Runtime.InteropServices;

namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// P/Invoke declarations for the parts of Debian's <c>libopus.so.0</c> (opus.h, opus_defines.h) the Ogg Opus
/// encoder uses. Concentus 2.x can drive native libopus itself, but its probe opens only the unversioned
/// <c>libopus.so</c> (libopus-dev's symlink) and its native encoder class is internal, so a runtime-only
/// install would never use it; binding the versioned soname here makes libopus0 alone enough.
/// </summary>
internal static unsafe partial class OpusNative
{
    /// <summary>The versioned soname: Debian's runtime package (libopus0) ships no unversioned libopus.so.</summary>
    public const string Library = "libopus.so.0";

    // Runs before the first binding is used: libopus is looked up where NativeLibraries says (ALOUD_NATIVE_DIR).
    static OpusNative() => NativeLibraries.ResolveImportsOf(typeof(OpusNative).Assembly);

    /// <summary>OPUS_APPLICATION_AUDIO: favours fidelity over the VoIP mode's high-pass and speech shaping.</summary>
    public const int ApplicationAudio = 2049;

    /// <summary>OPUS_SIGNAL_VOICE: tells the mode decision the input is speech.</summary>
    public const int SignalVoice = 3001;

    public const int SetBitrateRequest = 4002;
    public const int SetVbrRequest = 4006;
    public const int SetComplexityRequest = 4010;
    public const int SetSignalRequest = 4024;
    public const int GetLookaheadRequest = 4027;

    [LibraryImport(Library, EntryPoint = "opus_encoder_create")]
    public static partial OpusEncoderHandle EncoderCreate(int sampleRate, int channels, int application, out int error);

    [LibraryImport(Library, EntryPoint = "opus_encoder_destroy")]
    public static partial void EncoderDestroy(IntPtr encoder);

    /// <summary>Encodes one frame of float PCM; returns the packet length or a negative error code.</summary>
    [LibraryImport(Library, EntryPoint = "opus_encode_float")]
    public static partial int EncodeFloat(OpusEncoderHandle encoder, float* pcm, int frameSize, byte* data, int maxDataBytes);

    // opus_encoder_ctl is variadic; a request takes one int (SET) or one int* (GET), which the Linux calling
    // conventions pass exactly like a fixed third argument.
    [LibraryImport(Library, EntryPoint = "opus_encoder_ctl")]
    public static partial int EncoderCtl(OpusEncoderHandle encoder, int request, int value);

    [LibraryImport(Library, EntryPoint = "opus_encoder_ctl")]
    public static partial int EncoderCtl(OpusEncoderHandle encoder, int request, int* value);

    /// <summary>libopus's version as a static C string, e.g. <c>libopus 1.3.1</c>.</summary>
    [LibraryImport(Library, EntryPoint = "opus_get_version_string")]
    public static partial IntPtr GetVersionString();
}
