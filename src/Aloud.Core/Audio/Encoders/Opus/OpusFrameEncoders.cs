namespace Aloud.Audio.Encoders.Opus;

/// <summary>
/// Chooses the Opus library: native libopus (<c>libopus.so.0</c>, Debian's libopus0) when it loads here and
/// the settings allow it, else managed Concentus. The choice is made per encoder from a probe done once per
/// process, so a machine without libopus0 still writes Ogg Opus, only more slowly.
/// </summary>
internal static class OpusFrameEncoders
{
    /// <summary>Whether native libopus loads on this machine (honouring <c>ALOUD_NATIVE_DIR</c>).</summary>
    public static bool NativeAvailable => NativeOpusFrameEncoder.Version is not null;

    /// <summary>A mono encoder at <paramref name="sampleRate"/> (8, 12, 16, 24 or 48 kHz).</summary>
    public static IOpusFrameEncoder Create(int sampleRate, OpusSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.AllowNative && NativeAvailable
            ? NativeOpusFrameEncoder.Create(sampleRate, settings)
            : new ManagedOpusFrameEncoder(sampleRate, settings);
    }
}
