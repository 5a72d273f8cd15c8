namespace Aloud.Tests.Ingest.Feeds;

/// <summary>Small invented feeds (the Millbrook Gazette) in each format.</summary>
internal static class FeedFixtures
{
    /// <summary>About a hundred words of invented story, as HTML paragraphs.</summary>
    public const string LongStory =
        "<p>The Millbrook town council voted on Tuesday evening to reopen the old stone footbridge over the Wren "
        + "River, closed since a spring flood loosened two of its arches three years ago.</p>"
        + "<p>Engineers from the county said the repaired arches now carry more than twice the load the original "
        + "builders planned for, and that the new railings meet current safety rules for cyclists and walkers.</p>"
        + "<p>Shopkeepers on Mill Lane welcomed the news, saying the detour by the road bridge had cost them "
        + "passing trade. The council expects the crossing to open to the public in time for the autumn fair, "
        + "with a small ceremony led by the school choir.</p>";

    public static string Rss(string bridgeText = LongStory, string extraItem = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Millbrook Gazette</title>
            <link>https://gazette.example/</link>
            <description>Local news</description>
            {extraItem}
            <item>
              <title>Footbridge to reopen after three years</title>
              <link>/news/footbridge</link>
              <guid isPermaLink="false">gazette-1041</guid>
              <pubDate>Tue, 03 Jun 2025 08:15:00 +0200</pubDate>
              <dc:creator>Mara Quill</dc:creator>
              <description>&lt;p&gt;The council votes to reopen the &lt;b&gt;Wren&lt;/b&gt; footbridge.&lt;/p&gt;</description>
              <content:encoded><![CDATA[{bridgeText}]]></content:encoded>
            </item>
            <item>
              <title>Library extends weekend hours</title>
              <link>https://gazette.example/news/library</link>
              <pubDate>Mon, 2 Jun 25 17:40 EDT</pubDate>
              <author>desk@gazette.example (Olu Brandt)</author>
              <description>The library will open on Sundays from July.</description>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Harbor Notes</title>
          <link rel="self" href="https://notes.example/atom.xml"/>
          <link href="https://notes.example/"/>
          <id>urn:uuid:5e1f7c40-harbor-notes</id>
          <updated>2025-06-04T09:00:00Z</updated>
          <author><name>Harbor Desk</name></author>
          <entry>
            <title type="html">Ferry timetable &amp;amp; fares change</title>
            <link rel="alternate" type="text/html" href="https://notes.example/2025/ferry"/>
            <link rel="enclosure" href="https://notes.example/ferry.mp3"/>
            <id>tag:notes.example,2025:ferry</id>
            <published>2025-06-04T07:30:00+01:00</published>
            <updated>2025-06-04T08:45:00+01:00</updated>
            <author><name>Ines Varga</name></author>
            <summary>Fares rise by ten cents.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The morning ferry leaves <em>earlier</em>.</p></div></content>
          </entry>
          <entry>
            <title>Lighthouse open day</title>
            <link href="/2025/lighthouse"/>
            <id>tag:notes.example,2025:lighthouse</id>
            <updated>2025-06-01T12:00:00Z</updated>
            <content type="text">Visitors may climb the tower.

        Tickets are free.</content>
          </entry>
        </feed>
        """;

    public const string JsonFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Valley Weather Log",
          "home_page_url": "https://weather.example/",
          "items": [
            {
              "id": "wx-77",
              "url": "https://weather.example/posts/hail",
              "title": "Hail on the ridge road",
              "date_published": "2025-06-05T14:20:00-05:00",
              "authors": [{ "name": "Petra Lund" }, { "name": "Sam Oduya" }],
              "content_html": "<p>Hail the size of peas fell for ten minutes.</p>",
              "summary": "Brief hail storm."
            },
            {
              "id": 78,
              "title": "Dry week ahead",
              "content_text": "No rain is expected.\n\nFarmers are watering early."
            }
          ]
        }
        """;
}
