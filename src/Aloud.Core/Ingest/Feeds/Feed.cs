namespace Aloud.Ingest.Feeds;

/// <summary>A parsed RSS, Atom or JSON feed: its title, its web page and its items in feed order.</summary>
/// <param name="Title">The feed's title (plain text), or null.</param>
/// <param name="Link">The site the feed belongs to (RSS link, Atom alternate link, JSON home_page_url), or null.</param>
/// <param name="Items">The items as listed, usually newest first.</param>
public sealed record Feed(string? Title, Uri? Link, IReadOnlyList<FeedItem> Items);

/// <summary>
/// One story of a feed, whatever the format. Text fields are plain text except <see cref="ContentHtml"/>.
/// </summary>
/// <param name="Id">
/// A stable key: the guid/id as given, else the link, else "sha256:" and a hash of title and content.
/// </param>
/// <param name="Link">The story's web page (absolute http or https), or null.</param>
/// <param name="Title">The headline as plain text, or null.</param>
/// <param name="Published">When it was first published, or null.</param>
/// <param name="Updated">When it was last changed, or null.</param>
/// <param name="Author">The author's name(s), or null.</param>
/// <param name="ContentHtml">
/// The story as HTML: content:encoded, else the RSS description; Atom content; JSON content_html, else
/// content_text as paragraphs. May be a teaser rather than the full text (see <see cref="FeedItemArticle"/>).
/// </param>
/// <param name="Summary">A short summary as plain text (RSS description, Atom summary, JSON summary), or null.</param>
public sealed record FeedItem(
    string Id,
    Uri? Link,
    string? Title,
    DateTimeOffset? Published,
    DateTimeOffset? Updated,
    string? Author,
    string? ContentHtml,
    string? Summary)
{
    /// <summary>
    /// A SHA-256 (hex) of the title and the content as normalised plain text, so an edited story is noticed
    /// while a change of markup or whitespace alone is not.
    /// </summary>
    public string ContentHash => FeedText.Hash(Title, FeedText.ToPlain(ContentHtml ?? Summary));
}
