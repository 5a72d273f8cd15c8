using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Italic notes from the desk at a story's top and foot, and the italic lines that are read all the same.</summary>
public class ItalicNotesTests
{
    private const string One = "<p>The ferry between Saltby and the island will run every hour from May, the operator said on Tuesday.</p>";
    private const string Two = "<p>Until now the crossing ran four times a day, and the last boat left the island at six in the evening.</p>";
    private const string Three = "<p>Islanders had asked for a later boat for years, said Petra Lund, who chairs the residents' association.</p>";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<p><em>Have a question for the ferry desk? Write to ferries@islandpost.test.</em></p>")]
    [InlineData("<p><span><em>For more information, contact harbour master Ola Brekke at 555-010-0182.</em></span></p>")]
    [InlineData("<i>If you see a late boat, leave a comment or email me. — Ivo</i><br>")]
    public void A_write_in_or_contact_line_in_italics_at_the_foot_is_not_read(string note)
    {
        var texts = Texts(One + Two + Three + note);
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("Islanders", texts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_standing_intro_above_a_column_that_ends_with_a_write_in_line_is_not_read()
    {
        const string intro = "<p><em>Ada Rusk answers readers' questions about island life. Letters are edited for length.</em></p>";
        const string footer = "<p><em>Have a question for Ada? Write to ada@islandpost.test.</em></p>";
        var texts = Texts(intro + One + Two + Three + footer);
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("The ferry", texts[0], StringComparison.Ordinal);
    }

    [Theory]
    // An italic lead with no desk note at the foot is the story's first paragraph.
    [InlineData("<p><em>The island's ferry will run hourly from May, after years of requests from residents.</em></p>", 0)]
    // A correction, an editor's note and the writer's own line are the story's record.
    [InlineData("<p><em>Correction, May 4: An earlier version gave the wrong fare. It is 40 kroner, not 45. Email corrections@islandpost.test.</em></p>", 3)]
    [InlineData("<p><em>Ola Brekke is a reporter for the Island Post. Contact him at ola@islandpost.test.</em></p>", 3)]
    [InlineData("<p><em>Originally published in the Saltby Weekly.</em></p>", 3)]
    public void Other_italic_lines_at_the_top_or_foot_are_read(string note, int at)
    {
        var paragraphs = new List<string> { One, Two, Three };
        paragraphs.Insert(at, note);
        Assert.Equal(4, Texts(string.Concat(paragraphs)).Count);
    }

    [Fact]
    public void An_italic_contact_line_inside_the_story_is_read()
    {
        const string inside = "<p><em>Write to the operator at info@saltbyferries.test, the sign on the quay says.</em></p>";
        Assert.Equal(4, Texts(One + inside + Two + Three).Count);
    }
}
