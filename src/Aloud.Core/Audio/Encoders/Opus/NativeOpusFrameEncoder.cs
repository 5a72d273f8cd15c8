using System.Runtime.InteropServices;

namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// Mono Opus through native libopus (Debian's libopus0): the same bitstream format as Concentus, at a fraction
/// of the CPU (Concentus is a managed port of an older libopus without its SIMD code).
/// </summary>
internal sealed unsafe class NativeOpusFrameEncoder : IOpusFrameEncoder
{
    private static readonly Lazy<string?> LoadedVersion = new(ProbeVersion);

    private readonly OpusEncoderHandle _handle;

    private NativeOpusFrameEncoder(OpusEncoderHandle handle, int lookahead)
    {
        _handle = handle;
        Lookahead = lookahead;
    }

    /// <summary>libopus's version string when libopus.so.0 loads here, else null (checked once).</summary>
    public static string? Version => LoadedVersion.Value;

    /// <inheritdoc />
    public string Implementation => Version!;

    /// <inheritdoc />
    public int Lookahead { get; }

    /// <summary>An encoder for <paramref name="sampleRate"/> (an Opus rate); call only when <see cref="Version"/> is not null.</summary>
    public static NativeOpusFrameEncoder Create(int sampleRate, OpusSettings settings)
    {
        OpusEncoderHandle handle = OpusNative.EncoderCreate(sampleRate, 1, OpusNative.ApplicationAudio, out int error);
        if (error != 0 || handle.IsInvalid)
        {
            handle.Dispose();
            throw new InvalidOperationException($"opus_encoder_create failed with error {error}");
        }

        try
        {
            Set(handle, OpusNative.SetBitrateRequest, settings.Bitrate);
            Set(handle, OpusNative.SetVbrRequest, 1);
            Set(handle, OpusNative.SetComplexityRequest, settings.Complexity);
            Set(handle, OpusNative.SetSignalRequest, OpusNative.SignalVoice);
            int lookahead;
            Check(OpusNative.EncoderCtl(handle, OpusNative.GetLookaheadRequest, &lookahead), OpusNative.GetLookaheadRequest);
            return new NativeOpusFrameEncoder(handle, lookahead);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public int Encode(ReadOnlySpan<float> frame, Span<byte> packet)
    {
        int length;
        fixed (float* pcm = frame)
        fixed (byte* data = packet)
        {
            length = OpusNative.EncodeFloat(_handle, pcm, frame.Length, data, packet.Length);
        }

        return length >= 0 ? length : throw new InvalidOperationException($"Opus encoding failed with error {length}");
    }

    /// <inheritdoc />
    public void Dispose() => _handle.Dispose();

    private static void Set(OpusEncoderHandle handle, int request, int value) =>
        Check(OpusNative.EncoderCtl(handle, request, value), request);

    private static void Check(int result, int request)
    {
        if (result != 0)
        {
            throw new InvalidOperationException($"opus_encoder_ctl request {request} failed with error {result}");
        }
    }

    private static string? ProbeVersion()
    {
        try
        {
            return Marshal.PtrToStringUTF8(OpusNative.GetVersionString());
        }
        catch (DllNotFoundException)
        {
            return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }
}
