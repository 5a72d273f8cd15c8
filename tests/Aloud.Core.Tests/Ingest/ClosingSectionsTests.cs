using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Set 15's class: a press release's section for journalists, or the readers' comments, ends the story.</summary>
public class ClosingSectionsTests
{
    private const string First = "The marsh survey found twice as much carbon stored below one metre as the old estimates allowed for.";
    private const string Second = "The team took cores at forty sites over three winters, walking out across the mud at every low tide.";
    private const string After = "The report is available on request from the press office of the Tarnside institute.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article><h1>Marsh carbon</h1>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<h2>Notes to editors</h2>")]
    [InlineData("<h3>Notes for Editors:</h3>")]
    [InlineData("<h3>Media contact</h3>")]
    [InlineData("<p><strong>Press enquiries</strong></p>")]
    [InlineData("<h2>Pressekontakt</h2>")]
    [InlineData("<h2>Hinweise für Redaktionen</h2>")]
    [InlineData("<h2>Contact presse</h2>")]
    [InlineData("<h2>Notas para editores</h2>")]
    [InlineData("<h3>Bình luận (2)</h3>")]
    [InlineData("<div>Yorumlar (3)</div>")]
    [InlineData("<h2>4 Comments</h2>")]
    public void A_closing_label_after_the_story_ends_it(string label)
    {
        var texts = Texts($"<p>{First}</p><p>{Second}</p>{label}<div><p>{After}</p><ul><li>Jo Hale, 555 0142</li></ul></div>");
        Assert.Equal([First, Second], texts);
    }

    [Fact]
    public void A_label_before_the_story_has_begun_does_not_end_it()
    {
        var texts = Texts($"<p>{First}</p><h2>Media contact</h2><p>{Second}</p>");
        Assert.Contains(Second, texts);
    }

    [Theory]
    [InlineData("<h2>Editor's note</h2>")]
    [InlineData("<h2>About Tarnside Institute</h2>")]
    [InlineData("<h2>What the comments said</h2>")]
    [InlineData("<p><strong>Media contact</strong> with the team was limited to email.</p>")]
    public void Other_headings_and_sentences_do_not_end_the_story(string block)
    {
        var texts = Texts($"<p>{First}</p><p>{Second}</p>{block}<p>{After}</p>");
        Assert.Contains(After, texts);
    }
}
