using System.ComponentModel.DataAnnotations;

namespace Aloud.Server.Hosting;

/// <summary>
/// The service's settings: section "Aloud" of appsettings.json, environment variables (Aloud__Data, ...) and
/// the command line (--data, --workers, ...). Checked at start; a bad value stops the server with its name.
/// </summary>
public sealed class ServerOptions
{
    public const string Section = "Aloud";

    /// <summary>The folder holding everything on one box: aloud.db (SQLite) and the audio and cache files.</summary>
    [Required]
    public string Data { get; set; } = "data";

    /// <summary>
    /// The database: a postgres://USER[:PASSWORD]@HOST:PORT/DB address (or an Npgsql connection string) to share the
    /// state between machines, or a SQLite file; default: aloud.db in <see cref="Data"/>.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>
    /// Where audio and cached clips go: s3://BUCKET/PREFIX (endpoint and credentials from AWS_ENDPOINT_URL,
    /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION) or a folder; default: blobs/ in <see cref="Data"/>.
    /// </summary>
    public string? Blobs { get; set; }

    /// <summary>
    /// With S3 blobs, answer audio requests with a redirect to a presigned URL valid this many seconds, so listeners
    /// fetch from S3 (or its CDN) directly; 0 (the default) serves the bytes through Aloud, ranges included.
    /// </summary>
    [Range(0, 7 * 86_400)]
    public int PresignedAudioSeconds { get; set; }

    /// <summary>Articles narrated at once by this server (0: none, when separate `aloud worker`s do the work).</summary>
    [Range(0, 256)]
    public int Workers { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Seconds a job stays leased without a heartbeat before another worker may take it.</summary>
    [Range(2, 3600)]
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>The largest request body accepted, in bytes.</summary>
    [Range(1024, 1L << 30)]
    public long MaxRequestBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>
    /// Seconds a client may take to send a request's headers; a slower one (slowloris, holding connections open a
    /// byte at a time) is cut off with 408.
    /// </summary>
    [Range(1, 600)]
    public int RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The slowest a request body may arrive, in bytes a second, after a 5-second grace; a slower upload is cut off.
    /// Audio and timings are sent under Kestrel's own floor (240 bytes a second) for slow readers.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Connections served at once; past this Kestrel refuses new ones (0: no limit).</summary>
    [Range(0, 1_000_000)]
    public int MaxConnections { get; set; } = 10_000;

    /// <summary>Requests a minute allowed to one API key (or one address without a key); 0 turns the limit off.</summary>
    [Range(0, 1_000_000)]
    public int RateLimitPerMinute { get; set; } = 600;

    /// <summary>
    /// Origins allowed to call the API and fetch audio from a browser; none listed (or "*") allows any. Empty by
    /// default because configuration binding adds to a list rather than replacing it.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Let article and feed URLs point at private and loopback addresses (development only).</summary>
    public bool AllowPrivateHosts { get; set; }

    /// <summary>The public address of this server ("https://audio.example.com"), for absolute links in feeds; default: the request's.</summary>
    [Url]
    public string? PublicUrl { get; set; }

    /// <summary>
    /// Flite synthesises one sentence at a time with seeded noise, the same bytes every run, instead of one per core
    /// (decision 0005). Off by default: the clip cache keeps a sentence's audio stable once made, and a server needs
    /// its cores.
    /// </summary>
    public bool ReproducibleSynthesis { get; set; }

    /// <summary>
    /// Lexicon versions kept in the database, the current one included: each edit saves the whole lexicon as a new
    /// version, and older ones beyond this many are deleted.
    /// </summary>
    [Range(1, 1_000_000)]
    public int LexiconVersionsKept { get; set; } = Aloud.Store.Sql.SqlLexiconStore.DefaultVersionsKept;

    /// <summary>
    /// The folder of installed neural voices (<c>aloud voices install</c>); by default the user's catalogue,
    /// <c>$ALOUD_VOICES</c> or <c>~/.local/share/aloud/voices</c>, the one the CLI installs into.
    /// </summary>
    public string? Voices { get; set; }

    /// <summary>The longest `/v1/audio/speech` input, in characters (20,000: about 20 minutes of speech; OpenAI allows 4,096).</summary>
    [Range(1, 10_000_000)]
    public int MaxSpeechCharacters { get; set; } = 20_000;

    /// <summary>The longest article accepted, in sentences.</summary>
    [Range(1, 1_000_000)]
    public int MaxSentences { get; set; } = 1500;

    /// <summary>The longest narration, in minutes of audio (4 hours); a longer one fails with the reason, before synthesis when the text alone shows it.</summary>
    [Range(1, 6000)]
    public int MaxNarrationMinutes { get; set; } = 240;

    /// <summary>
    /// The most the clip cache may hold, in megabytes (Flite's sentences take about 64 KB per spoken second, so the
    /// default keeps roughly 9 hours of narration); the oldest entries go first. 0 keeps nothing past each check.
    /// </summary>
    [Range(0, 10_000_000)]
    public long ClipCacheMegabytes { get; set; } = 2048;

    /// <summary>The shortest wait between two polls of a subscribed feed, in seconds; quiet feeds wait longer, up to 6 hours.</summary>
    [Range(1, 86_400)]
    public int FeedMinIntervalSeconds { get; set; } = 300;

    /// <summary>The podcast feeds' channel details.</summary>
    public PodcastOptions Podcast { get; set; } = new();

    /// <summary>
    /// Voices by language for passages marked in another language (<c>"VoicesFor": {"de": "espeak:de"}</c>), for
    /// every article; an article's, feed's or webhook's own <c>voicesFor</c> comes first. Unset languages get the
    /// default choice (docs/voices.md, "Languages").
    /// </summary>
    public Dictionary<string, string> VoicesFor { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>OpenAI voice names and the voices that say them; any voice id also works directly.</summary>
    public Dictionary<string, string> SpeechVoices { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["alloy"] = "rms",
        ["ash"] = "awb",
        ["ballad"] = "kal16",
        ["coral"] = "slt",
        ["echo"] = "awb",
        ["fable"] = "rms",
        ["onyx"] = "awb",
        ["nova"] = "slt",
        ["sage"] = "slt",
        ["shimmer"] = "slt",
        ["verse"] = "rms",
    };

}

/// <summary>What a podcast app shows for the feeds: Apple Podcasts requires a title, an image, a category and the explicit flag.</summary>
public sealed class PodcastOptions
{
    [Required]
    public string Title { get; set; } = "Aloud: narrated articles";

    public string Description { get; set; } = "Articles read aloud by Aloud, a synthetic voice.";

    /// <summary>The publisher, shown as the author and written into every audio file.</summary>
    [Required]
    public string Author { get; set; } = "Aloud";

    public string? OwnerEmail { get; set; }

    /// <summary>The publisher's site; the feed links there.</summary>
    [Url]
    public string? Link { get; set; }

    /// <summary>A square image of 1400 to 3000 pixels; default: a plain one served at /feeds/artwork.png.</summary>
    [Url]
    public string? ImageUrl { get; set; }

    /// <summary>An Apple Podcasts category.</summary>
    public string Category { get; set; } = "News";

    public bool Explicit { get; set; }

    public string Language { get; set; } = "en";

    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;
}
