namespace Aloud.Audio.Encoders.Tags;

/// <summary>
/// The names of Aloud's own fields, the same in every container (ID3v2 TXXX descriptions, Vorbis comment
/// keys), so one reader finds them everywhere.
/// </summary>
public static class TagNames
{
    /// <summary>The voice id.</summary>
    public const string Voice = "VOICE";

    /// <summary>The synthetic-speech mark (<see cref="AudioTags.SyntheticMark"/>).</summary>
    public const string SyntheticSpeech = "SYNTHETIC_SPEECH";

    /// <summary>The article's address, in Vorbis comments (ID3v2 has its own WOAS frame).</summary>
    public const string Url = "URL";
}
