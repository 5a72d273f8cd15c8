namespace Aloud.Audio.Encoders;

/// <summary>Picks the encoder for a format, and the format for an output file name.</summary>
public static class AudioEncoders
{
    /// <summary>A new encoder for <paramref name="format"/> with its default settings.</summary>
    public static IAudioEncoder ForFormat(AudioFormat format) => format switch
    {
        AudioFormat.Mp3 => new LameMp3Encoder(),
        AudioFormat.OggOpus => new OggOpusEncoder(),
        AudioFormat.Wav => new WavEncoder(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown audio format."),
    };

    /// <summary>The format implied by <paramref name="path"/>'s extension (case-insensitive).</summary>
    /// <exception cref="ArgumentException">The extension is missing or not one we can write.</exception>
    public static AudioFormat FormatFromPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".mp3" => AudioFormat.Mp3,
            ".ogg" or ".opus" => AudioFormat.OggOpus,
            ".wav" => AudioFormat.Wav,
            // No parameter name: the message is shown as is to the person who typed the path.
            _ => throw new ArgumentException($"cannot tell the audio format of '{path}': use a .mp3, .ogg, .opus or .wav file name"),
        };
    }
}
