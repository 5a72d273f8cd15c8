namespace Aloud.Audio.Encoders;

/// <summary>Encodes a whole mono programme (in memory or spilled to disk) into one container format, a chunk at a time.</summary>
public interface IAudioEncoder
{
    /// <summary>The format this encoder writes.</summary>
    AudioFormat Format { get; }

    /// <summary>Encodes <paramref name="audio"/> and writes the complete file, untagged, to <paramref name="output"/>.</summary>
    void Encode(ISampleSource audio, Stream output);

    /// <summary>
    /// Encodes <paramref name="audio"/> and writes the complete file to <paramref name="output"/>, saying in the
    /// container's own metadata what it is (<paramref name="tags"/>; null writes no tags, as the two-argument
    /// overload does).
    /// </summary>
    void Encode(ISampleSource audio, Stream output, AudioTags? tags);
}

/// <summary>Output formats, chosen by the output file's extension.</summary>
public enum AudioFormat
{
    Mp3,
    OggOpus,
    Wav,
}
