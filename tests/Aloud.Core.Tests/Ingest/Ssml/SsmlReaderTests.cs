using Aloud.Ingest;
using Aloud.Ingest.Ssml;
using Aloud.Script;

namespace Aloud.Tests.Ingest.Ssml;

public class SsmlReaderTests
{
    private static SsmlDocument Read(string body, string attributes = "") => SsmlReader.Read($"<speak{attributes}>{body}</speak>");

    private static string Text(string body) => string.Join("\n\n", Read(body).Article.Blocks.Select(b => b.Text));

    private static IReadOnlyList<string> Spoken(string body) =>
        new ScriptWriter().Write(Read(body).Article).Sentences.Select(s => s.SpokenText).ToList();

    [Fact]
    public void Paragraphs_become_blocks_and_the_language_is_kept()
    {
        var document = Read("<p>First one.</p>\n  <p>Second <emphasis>one</emphasis>.</p>", " version=\"1.0\" xml:lang=\"en-GB\"");
        Assert.Equal(["First one.", "Second one."], document.Article.Blocks.Select(b => b.Text));
        Assert.All(document.Article.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal("en-GB", document.Article.Language);
        Assert.Equal("Loose text.", Text("Loose text."));
    }

    [Fact]
    public void Sentences_are_ended_and_split()
    {
        Assert.Equal("Boats left. They came back.", Text("<p><s>Boats left</s><s>They came back</s></p>"));
        Assert.Equal(["Boats left.", "They came back."], Spoken("<p><s>Boats left</s><s>They came back</s></p>"));
    }

    [Theory]
    [InlineData("<break strength=\"weak\"/>", "Wait, then go.")]
    [InlineData("<break time=\"100ms\"/>", "Wait, then go.")]
    [InlineData("<break strength=\"strong\"/>", "Wait; then go.")]
    [InlineData("<break time=\"0.5s\"/>", "Wait; then go.")]
    [InlineData("<break strength=\"none\"/>", "Wait then go.")]
    public void Breaks_become_commas_or_clause_pauses(string element, string expected) =>
        Assert.Equal(expected, Text($"Wait{element} then go."));

    [Fact]
    public void A_long_break_ends_the_paragraph()
    {
        Assert.Equal("Wait\n\nthen go.", Text("Wait<break time=\"2s\"/> then go."));
        Assert.Equal("Wait\n\nthen go.", Text("Wait<break strength=\"x-strong\"/> then go."));
    }

    [Theory]
    [InlineData("<say-as interpret-as=\"characters\">NASA</say-as>", "N A S A")]
    [InlineData("<say-as interpret-as=\"ordinal\">3</say-as>", "3rd")]
    [InlineData("<say-as interpret-as=\"ordinal\">12</say-as>", "12th")]
    [InlineData("<say-as interpret-as=\"ordinal\">22</say-as>", "22nd")]
    [InlineData("<say-as interpret-as=\"cardinal\">1200</say-as>", "1200")]
    [InlineData("<say-as interpret-as=\"date\" format=\"dmy\">3/4/2025</say-as>", "April 3, 2025")]
    [InlineData("<say-as interpret-as=\"date\" format=\"ymd\">2025-10-04</say-as>", "October 4, 2025")]
    [InlineData("<say-as interpret-as=\"date\" format=\"my\">10/2025</say-as>", "October 2025")]
    [InlineData("<say-as interpret-as=\"date\" format=\"mdy\">13/40/2025</say-as>", "13/40/2025")]
    [InlineData("<say-as interpret-as=\"time\">9:30</say-as>", "9:30")]
    [InlineData("<say-as interpret-as=\"telephone\">+1 555-0100</say-as>", "plus 1, 5 5 5, 0 1 0 0")]
    public void Say_as_keeps_the_written_text_and_says_its_reading(string element, string expected)
    {
        var block = Assert.Single(Read($"Call {element} now.").Article.Blocks);
        var written = element[(element.IndexOf('>') + 1)..element.LastIndexOf('<')];
        Assert.Equal($"Call {written} now.", block.Text);
        var reading = Assert.Single(block.Overrides);
        Assert.Equal(expected, reading.Say);
        Assert.Equal(written, block.Text.Substring(reading.Span.Start, reading.Span.Length));
    }

    [Fact]
    public void Say_as_of_an_unknown_kind_is_plain_text()
    {
        var block = Assert.Single(Read("<say-as interpret-as=\"vxml:boolean\">yes</say-as> it is").Article.Blocks);
        Assert.Equal("yes it is", block.Text);
        Assert.Empty(block.Overrides);
    }

    [Fact]
    public void Say_as_reads_the_way_the_author_asked()
    {
        Assert.Equal(["N A S A launched on the third."], Spoken("<say-as interpret-as=\"characters\">NASA</say-as> launched on the <say-as interpret-as=\"ordinal\">3</say-as>."));
    }

    [Fact]
    public void Sub_keeps_the_written_text_and_speaks_its_alias()
    {
        var block = Assert.Single(Read("The <sub alias=\"World Wide Web Consortium\">W3C</sub> met.").Article.Blocks);
        Assert.Equal("The W3C met.", block.Text);
        Assert.Equal(new SpanOverride(new TextSpan(4, 3), "World Wide Web Consortium", "sub"), Assert.Single(block.Overrides));
        Assert.Equal(["The World Wide Web Consortium met."], Spoken("The <sub alias=\"World Wide Web Consortium\">W3C</sub> met."));
        Assert.Throws<AloudInputException>(() => Read("<sub>W3C</sub>"));
    }

    [Fact]
    public void Sub_with_nothing_written_puts_its_alias_in_the_text()
    {
        var block = Assert.Single(Read("Say <sub alias=\"hello\"/> twice.").Article.Blocks);
        Assert.Equal("Say hello twice.", block.Text);
        Assert.Empty(block.Overrides);
    }

    [Fact]
    public void Override_positions_survive_collapsed_whitespace_and_paragraphs()
    {
        var document = Read("<p>  One\n\n  <sub alias=\"two\">  II </sub>  three. </p><p> Four <say-as interpret-as=\"ordinal\">5</say-as><break strength=\"strong\"/> six</p>");
        var first = document.Article.Blocks[0];
        Assert.Equal("One II three.", first.Text);
        Assert.Equal("II", first.Text.Substring(first.Overrides[0].Span.Start, first.Overrides[0].Span.Length));
        var second = document.Article.Blocks[1];
        Assert.Equal("Four 5; six", second.Text);
        Assert.Equal(new SpanOverride(new TextSpan(5, 1), "5th", "say-as"), Assert.Single(second.Overrides));
    }

    [Fact]
    public void Phoneme_is_spoken_as_its_text_and_its_pronunciation_kept()
    {
        var document = Read("<p>Ask</p><p>for <phoneme alphabet=\"ipa\" ph=\"ˈmarɛk\">Marek</phoneme>.</p>");
        Assert.Equal("for Marek.", document.Article.Blocks[1].Text);
        Assert.Equal(new SsmlPhoneme(1, "Marek", "ipa", "ˈmarɛk"), Assert.Single(document.Phonemes));
    }

    [Fact]
    public void Prosody_rate_is_recorded_and_unknown_elements_are_read_with_a_note()
    {
        var document = Read("<p><prosody rate=\"slow\">Slowly</prosody> and <foo>oddly</foo>.</p><p><say-as interpret-as=\"vxml:boolean\">yes</say-as></p>");
        Assert.Equal(["Slowly and oddly.", "yes"], document.Article.Blocks.Select(b => b.Text));
        Assert.Equal(new SsmlRate(0, "slow"), Assert.Single(document.Rates));
        Assert.Equal(new RateSpan(new TextSpan(0, 6), 0.8), Assert.Single(document.Article.Blocks[0].Rates));
        Assert.Equal(2, document.Notes.Count);
    }

    [Fact]
    public void Escaped_markup_stays_text_and_never_reaches_an_engine_as_markup()
    {
        Assert.Equal("a <break time=\"9s\"/> b", Text("a &lt;break time=\"9s\"/&gt; b"));
        var words = new ScriptWriter().Write(Read("a &lt;break/&gt; b").Article).Sentences.SelectMany(s => s.ToSpeech().Words);
        Assert.All(words, w => Assert.DoesNotContain('<', w.Text));
    }
}
