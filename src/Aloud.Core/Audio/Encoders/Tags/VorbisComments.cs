namespace Aloud.Audio.Encoders.Tags;

/// <summary>
/// The user comments an OpusTags header carries for <see cref="AudioTags"/>: the usual TITLE, ARTIST, ALBUM
/// and DATE that players show, URL for the article, VOICE, SYNTHETIC_SPEECH (the machine-readable mark),
/// ENCODER (the generator) and COMMENT (the mark again, for players that show only comments).
/// </summary>
internal static class VorbisComments
{
    /// <summary>The comments as <c>KEY=value</c> strings, empty fields left out.</summary>
    public static IReadOnlyList<string> For(AudioTags? tags)
    {
        if (tags is null)
        {
            return [];
        }

        var comments = new List<string>();
        Add(comments, "TITLE", tags.Title);
        Add(comments, "ARTIST", tags.Artist);
        Add(comments, "ALBUM", tags.Album);
        Add(comments, "DATE", tags.Date);
        Add(comments, TagNames.Url, tags.ArticleUrl);
        Add(comments, TagNames.Voice, tags.Voice);
        Add(comments, TagNames.SyntheticSpeech, tags.SyntheticMark);
        Add(comments, "ENCODER", tags.Generator);
        Add(comments, "COMMENT", tags.SyntheticMark);
        return comments;
    }

    private static void Add(List<string> comments, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            comments.Add($"{key}={value}");
        }
    }
}
