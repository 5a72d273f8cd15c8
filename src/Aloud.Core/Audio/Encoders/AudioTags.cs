using System.Globalization;
using Aloud.Ingest;
using Aloud.Speech;

namespace Aloud.Audio.Encoders;

/// <summary>
/// What a published audio file says it is: the article it reads, who published it, and a machine-readable
/// mark that the voice is synthetic. Every published file carries one (ID3v2 in MP3, Vorbis comments in
/// Ogg Opus, LIST/INFO in WAV), so a file found on its own still says where it came from and that no person
/// read it. Every field is optional: an empty or null field is simply not written.
/// </summary>
public sealed record AudioTags
{
    /// <summary>The generator named when none is given.</summary>
    public const string DefaultGenerator = "Aloud";

    /// <summary>The article's headline.</summary>
    public string? Title { get; init; }

    /// <summary>The publisher (or byline) the narration is credited to.</summary>
    public string? Artist { get; init; }

    /// <summary>The publication or feed the article belongs to.</summary>
    public string? Album { get; init; }

    /// <summary>The article's publication date as an ISO 8601 string (<c>2026-12-06</c> or a full timestamp).</summary>
    public string? Date { get; init; }

    /// <summary>The address of the article the audio reads.</summary>
    public string? ArticleUrl { get; init; }

    /// <summary>The id of the voice that spoke it (e.g. <c>rms</c>, <c>en-us</c>).</summary>
    public string? Voice { get; init; }

    /// <summary>The software that made the audio; written into the synthetic-speech mark.</summary>
    public string Generator { get; init; } = DefaultGenerator;

    /// <summary>
    /// The tags for a narration of <paramref name="article"/> by <paramref name="voice"/>: its headline, byline
    /// (the article knows no publisher name), publication date (UTC day) and address. A caller that knows the
    /// publication sets <see cref="Artist"/> or <see cref="Album"/> with <c>with</c>.
    /// </summary>
    public static AudioTags For(Article article, Voice voice)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(voice);
        return new AudioTags
        {
            Title = article.Title,
            Artist = article.Byline,
            Date = article.Published?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ArticleUrl = article.Url?.AbsoluteUri,
            Voice = voice.Id,
        };
    }

    /// <summary>
    /// The synthetic-speech mark: <c>synthetic-speech; generator=NAME; voice=ID</c>. A fixed first token that
    /// a program can test for, then <c>key=value</c> pairs separated by <c>"; "</c> (the same shape as a MIME
    /// parameter list); the voice pair is left out when no voice is known. Semicolons, equals signs and control
    /// characters inside the values become spaces (trimmed), so the list always parses back the same way.
    /// </summary>
    public string SyntheticMark
    {
        get
        {
            string mark = $"synthetic-speech; generator={Clean(Generator)}";
            string? voice = Clean(Voice);
            return string.IsNullOrEmpty(voice) ? mark : $"{mark}; voice={voice}";
        }
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var chars = value.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] is ';' or '=' || char.IsControl(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }
}
