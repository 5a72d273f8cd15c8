using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>
/// An invented local-news page with the traps real news pages have: site navigation, a "listen" promo,
/// all-caps calls to action, a captioned photo with a copyright line, an ad slot, hidden text, a credit
/// line, trending and related links, tags and a footer. The expected body is listed below it.
/// </summary>
internal static class HarborFerryFixture
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <title>Council backs late-night ferry after months of debate | Lakeside Ledger</title>
        <meta property="og:title" content="Late-night ferry approved (OG title)">
        <meta property="og:site_name" content="Lakeside Ledger">
        <meta name="author" content="Meta Author Name">
        <meta property="article:published_time" content="2024-03-02T08:00:00Z">
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Lakeside Ledger", "url": "https://ledger.example/"},
          {"@type": ["NewsArticle", "Article"], "headline": "Council backs late-night ferry after months of debate",
           "datePublished": "2024-03-01T18:30:00+01:00",
           "author": [{"@type": "Person", "name": "Priya Okafor"}, {"@type": "Person", "name": "Tomasz Lindqvist"}],
           "inLanguage": "en-GB"}
        ]}
        </script>
        <script>window.dataLayer = [{"section": "local"}];</script>
        <style>.hidden{display:none}</style>
        </head>
        <body>
        <header class="site-header">
          <nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="header-tools"><a href="/login">Sign in</a> <a href="/subscribe">Subscribe</a></div>
        </header>
        <main>
        <article class="story">
          <header class="story-header">
            <h1>Council backs late-night ferry after months of debate</h1>
            <h2 class="dek">The service will run until 1 a.m. on weekends from June</h2>
            <div class="byline">By <a rel="author" href="/staff/po">Priya Okafor</a> and Tomasz Lindqvist · Published <time datetime="2024-03-01T18:30:00+01:00">March 1, 2024</time></div>
          </header>
          <div class="listen-promo"><span class="badge">NEW</span> You can now listen to Ledger stories!</div>
          <div class="story-body">
            <p>Harbor Town's council voted 7-2 on Thursday to fund a late-night ferry between the old quay and Gull Island , ending a debate that began last autumn.</p>
            <p>The vote followed a packed public meeting where residents argued for two hours about noise, cost and safety.</p>
            <figure class="photo">
              <img src="/img/quay.jpg" alt="The old quay at dusk">
              <figcaption>Commuters wait at the old quay on Feb. 9. <span class="photo-credit">(Ledger photo)</span></figcaption>
            </figure>
            <p>"We heard every side of this, and the d--n ferry is finally happening," said Mayor Ines Varga [a long-time supporter of the plan].</p>
            <p class="cta"><strong><a href="/newsletters">CLICK HERE TO SIGN UP FOR OUR MORNING BRIEFING</a></strong></p>
            <div class="ad ad-slot" data-slot="inline-1"><p>Advertisement</p></div>
            <h2>What changes for riders</h2>
            <p class="lead-note">Boats will leave every 40 minutes after 9 p.m., and fares stay at $3.50.</p>
            <ul>
              <li>Night tickets are sold on board.</li>
              <li>Bicycles ride free after 10 p.m.</li>
            </ul>
            <div class="shadow-box"><p>The harbor master said the crews would be hired locally.</p></div>
            <p class="download-info">Timetables will be posted at both terminals in May.</p>
            <p hidden>This hidden sentence must not be read.</p>
            <p style="color: red; display: none">Neither must this one.</p>
            <div aria-hidden="true"><p>Nor this decorative one.</p></div>
            <blockquote><p>It is the first new route in thirty years.</p></blockquote>
            <p><a href="/local/bridge-repairs">BRIDGE REPAIRS DELAYED AGAIN</a></p>
            <p>Read more: How the island got its first bus</p>
            <p>Opponents said the $1.2 million cost would be better spent on road repairs.</p>
            <p class="credit"><em>Ledger reporter Ana Ruiz contributed to this report.</em></p>
          </div>
          <div class="article-tags"><a href="/tag/ferry">Ferry</a> <a href="/tag/council">Council</a></div>
        </article>
        <aside class="sidebar"><h3>Trending</h3><ul><li><a href="/t1">Storm closes coastal road</a></li></ul></aside>
        <section class="related-stories"><h3>Related</h3><ul><li><a href="/r1">Island school wins award</a></li></ul></section>
        </main>
        <footer><p>Copyright 2024 Lakeside Ledger. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    public static readonly (BlockKind Kind, string Text)[] ExpectedBlocks =
    [
        (BlockKind.Paragraph, "Harbor Town's council voted 7-2 on Thursday to fund a late-night ferry between the old quay and Gull Island , ending a debate that began last autumn."),
        (BlockKind.Paragraph, "The vote followed a packed public meeting where residents argued for two hours about noise, cost and safety."),
        (BlockKind.Paragraph, "\"We heard every side of this, and the d--n ferry is finally happening,\" said Mayor Ines Varga [a long-time supporter of the plan]."),
        (BlockKind.Heading, "What changes for riders"),
        (BlockKind.Paragraph, "Boats will leave every 40 minutes after 9 p.m., and fares stay at $3.50."),
        (BlockKind.ListItem, "Night tickets are sold on board."),
        (BlockKind.ListItem, "Bicycles ride free after 10 p.m."),
        (BlockKind.Paragraph, "The harbor master said the crews would be hired locally."),
        (BlockKind.Paragraph, "Timetables will be posted at both terminals in May."),
        (BlockKind.Quote, "It is the first new route in thirty years."),
        (BlockKind.Paragraph, "Opponents said the $1.2 million cost would be better spent on road repairs."),
        (BlockKind.Credit, "Ledger reporter Ana Ruiz contributed to this report."),
    ];

    public const string Caption = "Commuters wait at the old quay on Feb. 9.";

    /// <summary>The same story as a scraper saves it: a date-and-promo first line, then paragraphs.</summary>
    public const string Text = """
         date 2024-03-01 NEW You can now listen to Ledger stories!

        Harbor Town's council voted 7-2 on Thursday to fund a late-night ferry between the old quay and Gull Island , ending a debate that began last autumn.

        The vote followed a packed public meeting where residents argued for two hours about noise, cost and safety.

        CLICK HERE TO SIGN UP FOR OUR MORNING BRIEFING

        Opponents said the $1.2 million cost would be better spent on road repairs.

        Ledger reporter Ana Ruiz contributed to this report.
        """;
}
