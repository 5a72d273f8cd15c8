using Microsoft.Win32.SafeHandles;

namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// A native <c>OpusEncoder*</c>: a SafeHandle so the unmanaged state is freed even when an encoder is dropped
/// without being disposed (an abandoned streaming response).
/// </summary>
internal sealed class OpusEncoderHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    /// <summary>Called by the marshaller for the handle opus_encoder_create returns.</summary>
    public OpusEncoderHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        OpusNative.EncoderDestroy(handle);
        return true;
    }
}
