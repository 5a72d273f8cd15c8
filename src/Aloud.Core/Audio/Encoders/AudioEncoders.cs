using Aloud.Audio.Encoders.Streaming;

namespace Aloud.Audio.Encoders;

/// <summary>Picks the encoder for a format, the format for an output file name, and opens streaming encoders.</summary>
public static class AudioEncoders
{
    /// <summary>
    /// The rate of <see cref="StreamFormat.Pcm"/> output, whatever the voice's rate: OpenAI's <c>pcm</c> format is
    /// 24 kHz, and clients that play it raw (no header to say otherwise) assume so.
    /// </summary>
    public const int PcmSampleRate = 24000;

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

    /// <summary>
    /// Opens a streaming encoder writing <paramref name="format"/> to <paramref name="output"/> for mono audio at
    /// <paramref name="sampleRate"/>. The container's header (and <paramref name="tags"/>, where the format has
    /// room: ID3v2 for MP3, OpusTags for Ogg Opus, LIST/INFO for WAV; raw PCM has none) is written and flushed
    /// at once, so a response can start before the first sentence is synthesised.
    /// </summary>
    public static IAudioStreamEncoder OpenStream(StreamFormat format, int sampleRate, Stream output, AudioTags? tags = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        return format switch
        {
            StreamFormat.Mp3 => new Mp3StreamEncoder(sampleRate, output, tags),
            StreamFormat.OggOpus => new OggOpusStreamEncoder(sampleRate, output, tags),
            StreamFormat.Wav => new WavStreamEncoder(sampleRate, output, tags),
            StreamFormat.Pcm => new PcmStreamEncoder(sampleRate, output),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown stream format."),
        };
    }

    /// <summary>
    /// The HTTP Content-Type for <paramref name="format"/>: <c>audio/mpeg</c>, <c>audio/ogg; codecs=opus</c>,
    /// <c>audio/wav</c>, and <c>audio/pcm</c> for raw PCM. Raw little-endian PCM has no registered type
    /// (<c>audio/L16</c> is big-endian); <c>audio/pcm</c> is what OpenAI-compatible servers send, and clients of
    /// that API know it means 16-bit little-endian mono at 24 kHz (<see cref="PcmSampleRate"/>).
    /// </summary>
    public static string ContentType(StreamFormat format) => format switch
    {
        StreamFormat.Mp3 => "audio/mpeg",
        StreamFormat.OggOpus => "audio/ogg; codecs=opus",
        StreamFormat.Wav => "audio/wav",
        StreamFormat.Pcm => "audio/pcm",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown stream format."),
    };
}
