namespace Aloud.Server.Articles;

/// <summary>
/// The body of POST /api/articles and PUT /api/articles/{id}: the article as a URL to fetch, a page (html, with
/// its url for links and identity), plain text or SSML, and optionally how to narrate it.
/// </summary>
public sealed record ArticleRequest
{
    /// <summary>The article's address: fetched when no content is given; its identity either way.</summary>
    public string? Url { get; init; }

    public string? Html { get; init; }
    public string? Text { get; init; }
    public string? Ssml { get; init; }

    /// <summary>A voice id or OpenAI voice name (see GET /api/voices); default rms.</summary>
    public string? Voice { get; init; }

    /// <summary>
    /// Voices for passages marked in other languages, by language tag: <c>{"de": "espeak:de"}</c>. Languages left
    /// out get the default (a voice of the article voice's engine, else eSpeak NG's; docs/voices.md).
    /// </summary>
    public Dictionary<string, string>? VoicesFor { get; init; }

    /// <summary>One format to publish: "mp3" or "ogg". Default: both.</summary>
    public string? Format { get; init; }

    /// <summary>Formats to publish, e.g. ["mp3", "ogg"].</summary>
    public string[]? Formats { get; init; }

    /// <summary>Speaking rate, 0.5 to 2.0.</summary>
    public double? Rate { get; init; }

    /// <summary>Read the headline, byline and date first (default true).</summary>
    public bool? Intro { get; init; }

    /// <summary>Read photo captions (default false).</summary>
    public bool? Captions { get; init; }

    /// <summary>Read credit lines such as "X contributed to this report" (default true).</summary>
    public bool? Credits { get; init; }
}
