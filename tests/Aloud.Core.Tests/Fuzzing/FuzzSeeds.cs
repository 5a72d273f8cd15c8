using System.Text;
using Aloud.Jobs;
using Aloud.Speech;
using Aloud.Tests.Ingest;
using Aloud.Tests.Ingest.Feeds;

namespace Aloud.Tests.Fuzzing;

/// <summary>
/// The starting points of the mutations: the test fixtures (invented pages, feeds and text), the project's
/// sample article, and small hand-written documents covering what the fixtures do not (SSML, lexicons).
/// </summary>
internal static class FuzzSeeds
{
    public static IReadOnlyList<string> Html { get; } =
    [
        HarborFerryFixture.Html,
        SampleArticle(),
        """
        <html><head><title>Tide tables: a note</title><meta property="og:title" content="Tide &amp; time">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Tide tables","author":{"name":"A. Keeper"},"datePublished":"2026-03-04T05:06:07Z"}</script></head>
        <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><article><h1>Tide tables</h1><p class="byline">By A. Keeper</p>
        <time datetime="2026-03-04">4 March 2026</time><p>High water at 06:12 reached 4.3 m; the 1,200-tonne barge left at 7.30am.</p>
        <figure><img src="x.jpg"><figcaption>The quay at dawn. Photo: Harbour Office</figcaption></figure>
        <p>"It was the highest since 1987," said the harbourmaster, Dr. J. Alvarez-Nkemelu.</p><aside class="promo">Subscribe now!</aside>
        <ul><li>First item</li><li>Second item</li></ul><blockquote>A quoted line.</blockquote></article><footer>© 2026</footer></body></html>
        """,
    ];

    public static IReadOnlyList<string> Text { get; } =
    [
        .. HarborFerryFixture.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries),
        "The council approved $1.5bn on 12/03/2026 at 9:30 p.m. EST, up 12.5% from 2025-26.",
        "Call +1 (555) 010-0199 or visit https://example.org/a?b=1 before Oct. 4th; No. 7 won 3-2 in the 90th minute.",
        "The 4x100m relay ran in 38.91s; temperatures hit -12°C (10°F) and 1/3 of the 20,000 km² was flooded.",
        "Louis XIV, WW2, the 1990s, '90s, mid-2020s; 2025-10-04T06:30:00-07:00; f*** and s**t were bleeped.",
        "Dr. Smith & Mr. O'Neill (R-Texas) met at 221B Baker St., London NW1 6XE; ISBN 978-3-16-148410-0.",
    ];

    public static IReadOnlyList<string> Ssml { get; } =
    [
        "<speak version=\"1.0\" xml:lang=\"en-GB\"><p><s>The ferry left at <say-as interpret-as=\"time\">9:30</say-as>.</s><s>It came back.</s></p></speak>",
        "<speak><p>Wait<break time=\"500ms\"/> then <emphasis>go</emphasis>.</p><p><prosody rate=\"80%\">Slowly now.</prosody></p></speak>",
        "<speak><sub alias=\"World Wide Web Consortium\">W3C</sub> met on <say-as interpret-as=\"date\" format=\"ymd\">2025-10-04</say-as>; "
            + "<say-as interpret-as=\"characters\">NASA</say-as> and <phoneme alphabet=\"ipa\" ph=\"ˈmarɛk\">Marek</phoneme> agreed.</speak>",
        "<?xml version=\"1.0\"?><speak xmlns=\"http://www.w3.org/2001/10/synthesis\"><voice name=\"x\"><s>Ordinal <say-as interpret-as=\"ordinal\">22</say-as>.</s></voice></speak>",
    ];

    public static IReadOnlyList<string> Feeds { get; } = [FeedFixtures.Rss(), FeedFixtures.Atom, FeedFixtures.JsonFeed];

    public static IReadOnlyList<string> Lexicons { get; } =
    [
        """{ "version": 3, "entries": [ { "written": "Marek", "spoken": "mah rek", "caseSensitive": true, "ipa": "ˈmarɛk", "partOfSpeech": "Noun" }, { "written": "Sinn Féin", "spoken": "shin fayn" } ] }""",
        """
        { "version": 1, // a comment
          "entries": [ { "written": "lead", "spoken": "led", "partOfSpeech": "n" }, { "written": "Nguyen", "ipa": "wɪn" }, ] }
        """,
    ];

    /// <summary>Cached clips as the clip cache writes them: a header, word timings, then float samples.</summary>
    public static IReadOnlyList<byte[]> Clips { get; } =
    [
        ClipCache.Encode(new Clip([0.1f, -0.2f, 0.3f, 0f], 16_000, [new WordTiming(0, 0, 120.5), new WordTiming(1, 130, 250)])),
        ClipCache.Encode(new Clip([], 48_000, [])),
        ClipCache.Encode(new Clip(Enumerable.Range(0, 400).Select(i => (float)Math.Sin(i / 10.0)).ToArray(), 22_050, [new WordTiming(0, 0, 10)])),
    ];

    /// <summary>The project's sample article, found by walking up to the repository root (the fixture alone if absent).</summary>
    private static string SampleArticle()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var sample = Path.Combine(folder.FullName, "samples", "harbor-festival.html");
            if (File.Exists(sample)) return File.ReadAllText(sample, Encoding.UTF8);
        }
        return HarborFerryFixture.Html;
    }
}
