using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders;

/// <summary>Tags for the encoder tests: a non-ASCII title, so every container's text encoding is exercised.</summary>
internal static class TestTags
{
    public const string Title = "Café déjà vu — 東京";

    public static readonly AudioTags Article = new()
    {
        Title = Title,
        Artist = "The Daily Example",
        Album = "Example News",
        Date = "2026-12-06",
        ArticleUrl = "https://news.example/2026/12/cafe-deja-vu?id=7",
        Voice = "rms",
    };
}
