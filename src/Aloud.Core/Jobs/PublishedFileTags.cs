using Aloud.Audio;
using Aloud.Audio.Encoders;

namespace Aloud.Jobs;

/// <summary>
/// What every published audio file says about itself: title, publisher, article URL, date, voice, and the
/// machine-readable mark that the speech is synthetic (ID3v2 in MP3, Vorbis comments in Ogg Opus).
/// </summary>
public sealed record PublishedFileTags(string? Title, string Publisher, string? ArticleUrl, DateTimeOffset? Published, string VoiceId)
{
    /// <summary>The tags as the encoders write them.</summary>
    public AudioTags ToAudioTags() => new()
    {
        Title = Title,
        Artist = Publisher,
        Album = Publisher,
        Date = Published?.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ArticleUrl = ArticleUrl,
        Voice = VoiceId,
    };

    /// <summary>Encodes <paramref name="audio"/> with these tags.</summary>
    public Task Encode(IAudioEncoder encoder, ISampleSource audio, Stream output)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        encoder.Encode(audio, output, ToAudioTags());
        return Task.CompletedTask;
    }
}
