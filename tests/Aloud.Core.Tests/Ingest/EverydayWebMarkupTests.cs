using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>
/// Classes found on the fourth blind page set (eval/extraction/blind-4): old table layouts, infinite scroll, link boxes
/// under a label, page metadata lines, press-release boilerplate, sign-offs, pull-quote attributions, decks.
/// </summary>
public class EverydayWebMarkupTests
{
    private const string Prose = "The parish council agreed on Monday to repair the footbridge over the mill stream before the spring floods.";
    private const string More = "Residents had written to the council for two years, and the repair will cost less than a new crossing.";
    private const string Third = "Work starts in March, and the path along the stream will stay open on weekends while the crews are away.";

    private static List<string> Texts(string html) => HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();

    private static List<string> BodyTexts(string body) => Texts($"<html><body>{body}</body></html>");

    [Fact]
    public void A_pull_quote_set_above_its_source_paragraph_is_heard_once()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><blockquote class='pullquote'><p>\u2018We walked every yard of that path with them.\u2019</p></blockquote>"
            + $"<p>\u2018We walked every yard of that path with them,\u2019 said the clerk, Ada Moss.</p><p>{More}</p></article>");
        Assert.Equal(3, texts.Count);
        Assert.Single(texts, t => t.Contains("every yard", StringComparison.Ordinal));
    }

    [Fact]
    public void An_old_table_layout_gives_the_story_cell_split_at_double_breaks()
    {
        var html = "<HTML><HEAD><TITLE>The Valley Weekly - Footbridge over the mill stream to be repaired</TITLE></HEAD><BODY><TABLE><TR>"
            + "<TD><FONT SIZE=2><B>Sections</B><BR><A HREF='/news/'>Local News</A><BR><A HREF='/sports/'>Sports</A><BR><A HREF='/obits/'>Obituaries</A></FONT></TD>"
            + "<TD><FONT SIZE=5><B>Footbridge over the mill stream to be repaired</B></FONT><BR><FONT SIZE=1>By Ann Hale<BR>Staff Writer</FONT><BR><BR>"
            + "<IMG SRC='/b.jpg'><FONT SIZE=1><I>The footbridge on Tuesday. (Weekly photo by Ann Hale)</I></FONT><BR><BR>"
            + $"<FONT FACE='Verdana' SIZE=2>{Prose}<BR><BR>{More}<BR><BR>{Third}<BR><BR></FONT>"
            + "<FONT SIZE=1><A HREF='/print/1.htm'>Printer-friendly version</A> | <A HREF='mailto:?'>E-mail this story</A></FONT><BR><BR>"
            + "<FONT SIZE=1>Copyright 2026 The Valley Weekly. All rights reserved.</FONT></TD>"
            + "<TD><FONT SIZE=2><B>Also this week</B><BR><A HREF='/a.htm'>Fair board reports a record gate</A><BR><A HREF='/b.htm'>School levy back on the ballot</A></FONT></TD>"
            + "</TR></TABLE></BODY></HTML>";
        Assert.Equal([Prose, More, Third], Texts(html));
    }

    [Fact]
    public void A_story_in_a_span_split_by_breaks_outweighs_a_link_column()
    {
        var html = "<html><head><title>Parish News - Footbridge over the mill stream to be repaired</title></head><body><table><tr>"
            + "<td><a href='/'>Home</a><br><a href='/news'>News</a><br><br><b>Links</b><br><a href='http://x'>County council</a><br><a href='http://y'>Bus times</a></td>"
            + $"<td><span class='headline'>Footbridge over the mill stream to be repaired</span><br><br><span class='body'>{Prose}<br><br>{More}<br><br>{Third}</span><br><br>"
            + "<span class='small'>Posted by the webmaster on 4 December 2026</span></td></tr></table></body></html>";
        Assert.Equal([Prose, More, Third], Texts(html));
    }

    [Fact]
    public void A_paragraph_holding_a_double_break_is_two_paragraphs()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><p><font face='arial'>{More}<br><br>{Third}</font></p></article>");
        Assert.Equal([Prose, More, Third], texts);
    }

    [Fact]
    public void A_quoted_post_with_blank_lines_stays_one_quote()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><blockquote class='post'><p>We did it.<br><br>The bridge is saved.</p>— Parish Council (@parish) May 2, 2026</blockquote><p>{More}</p></article>");
        Assert.Equal([Prose, "We did it. The bridge is saved.", "— Parish Council (@parish) May 2, 2026", More], texts);
    }

    [Fact]
    public void A_story_appended_below_one_with_its_own_headline_is_not_read()
    {
        var next = "The city's libraries will stop charging overdue fines in April and will forgive the fines already owed by readers.";
        var html = "<html><body><main><div class='stream'>"
            + $"<article class='story'><h1>Footbridge to be repaired</h1><div class='copy'><p>{Prose}</p><p>{More}</p><p>{Third}</p></div></article>"
            + $"<article class='story'><h2>Libraries end fines</h2><div class='copy'><p>{next}</p><p>{next}</p></div></article>"
            + "</div></main></body></html>";
        Assert.Equal([Prose, More, Third], Texts(html));
    }

    [Fact]
    public void A_longer_story_appended_below_does_not_outweigh_the_one_with_the_headline()
    {
        var next = "The city's libraries will stop charging overdue fines in April and will forgive the fines already owed by readers.";
        var html = $"<html><body><main><article class='item'><h1>Footbridge to be repaired</h1><div class='txt'><p>{Prose}</p><p>{More}</p></div></article>"
            + $"<article class='item'><h2>Libraries end fines</h2><div class='txt'><p>{next}</p><p>{next}</p><p>{next}</p><p>{next}</p></div></article></main></body></html>";
        Assert.Equal([Prose, More], Texts(html));
    }

    [Fact]
    public void A_live_blogs_updates_under_one_headline_are_all_read()
    {
        var html = $"<html><body><h1>Count night, live</h1><div class='feed'><article class='update'><p>{Prose}</p><p>{More}</p></article>"
            + $"<article class='update'><p>{Third}</p><p>{More} Later still.</p></article></div></body></html>";
        Assert.Equal([Prose, More, Third, More + " Later still."], Texts(html));
    }

    [Fact]
    public void A_link_box_under_a_short_label_goes_with_its_label()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><div class='inset'><h3>Related Story</h3><a href='/x'>Dozens of small rural bridges face closure as repair money runs out</a></div>"
            + $"<p>{More}</p><section class='more'><h3>Also from this source</h3><ul><li><a href='/a'>Council reports its fourth-quarter results</a></li>"
            + "<li><a href='/b'>Council names a new clerk</a></li></ul></section></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_labelled_list_of_content_with_a_link_in_it_stays()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><div class='box'><h3>What happens next</h3><ul><li>The council will publish the contract in the <a href='/c'>planning portal</a> this week.</li>"
            + $"<li>Crews will close the path on two weekdays in March.</li></ul></div><p>{More}</p></article>");
        Assert.Equal([Prose, "What happens next", "The council will publish the contract in the planning portal this week.", "Crews will close the path on two weekdays in March.", More], texts);
    }

    [Fact]
    public void A_blogs_tagline_in_the_site_header_is_not_the_posts_lead()
    {
        var html = "<html><body><div id='header'><h1>Moths and margins</h1><p class='description'>Notes from a back garden in the fens, mostly about moths.</p></div>"
            + $"<div id='posts'><article class='post'><h2><a href='/post/1'>A big night</a></h2><div class='body'><p>{Prose}</p><p>{More}</p></div></article></div></body></html>";
        Assert.Equal([Prose, More], Texts(html));
    }

    [Theory]
    [InlineData("5:00 AM ET")]
    [InlineData("Jun 2")]
    [InlineData("08.09.2026 - 13:40")]
    [InlineData("Updated 9:42 am")]
    [InlineData("LIVE · Updated 8:15 p.m.")]
    [InlineData("Güncelleme: 08.09.2026 - 13:40")]
    [InlineData("Atualizado em 20/08/2026 10h42")]
    [InlineData("Updated: March 3, 2026")]
    [InlineData("3 min read")]
    [InlineData("4-Minute Listen")]
    [InlineData("214 views0 comments")]
    [InlineData("12 likes")]
    [InlineData("quietcartographer liked this")]
    [InlineData("Posted by the webmaster on 4 December 2026")]
    [InlineData("fenland-birder reblogged this from marginalia-and-moths and added: nine of them, I am green with envy")]
    // A byline run into its date and reading time, the header's spans joined without spaces.
    [InlineData("By Ada KorvenDec 2, 2026 9:14 AM ET3 min read")]
    [InlineData("Autor: Tiit Saar02.12.2026 11:054 min")]
    public void Page_metadata_lines_are_recognised(string line) => Assert.True(MetadataLines.IsMetadataLine(line));

    [Theory]
    [InlineData("The ferry leaves at 5:00 every morning.")]
    [InlineData("Updated rules take effect on June 2, the council said.")]
    [InlineData("Readers liked this idea so much that they wrote in.")]
    [InlineData("It was a 3 min read, she joked, and then it took an hour.")]
    [InlineData("Posted by her sister on the family's page, the photo was shared widely.")]
    [InlineData("By 2026 the ferry will run every 20 min")]
    public void Sentences_that_mention_a_time_are_not_metadata(string line) => Assert.False(MetadataLines.IsMetadataLine(line));

    [Theory]
    [InlineData("About Corvane Robotics Corvane Robotics, Inc. designs and services warehouse robots.", true)]
    [InlineData("About Mill Harbor Mill Harbor is a city of 40,000 people on Lake Erie.", true)]
    [InlineData("SOURCE Corvane Robotics, Inc.", true)]
    [InlineData("About two hundred people came to the hearing on Tuesday.", false)]
    [InlineData("About Town Hall, residents said little had changed.", false)]
    [InlineData("Source of the leak was a cracked pipe, engineers said.", false)]
    [InlineData("FOR IMMEDIATE RELEASE", true)]
    [InlineData("Embargoed until 00:01 Thursday 5 March 2026", true)]
    [InlineData("Zur sofortigen Veröffentlichung", true)]
    [InlineData("Para publicación inmediata", true)]
    [InlineData("For immediate release, the council said, the report would go online.", false)]
    public void Press_release_boilerplate_is_recognised(string line, bool boilerplate) =>
        Assert.Equal(boilerplate, ReleaseBoilerplate.IsBoilerplate(line));

    [Fact]
    public void A_right_aligned_closing_name_is_a_sign_off_and_a_right_aligned_sentence_is_not()
    {
        var texts = BodyTexts($"<article><p>{Prose}</p><p>{More}</p><p style='text-align: right;'>The council meets again in May.</p>"
            + "<p style='text-align:right;'><strong>Ngọc Hân</strong></p></article>");
        Assert.Equal([Prose, More, "The council meets again in May."], texts);
    }

    [Fact]
    public void A_pull_quotes_attribution_goes_with_the_quote_and_an_unrepeated_quote_keeps_its_own()
    {
        var quote = "\u201cWe asked for two years, and now it is done,\u201d said the clerk.";
        var texts = BodyTexts($"<article><p>{Prose} {quote}</p><blockquote class='pull'><p>{quote}</p><cite>Ann Hale</cite></blockquote><p>{More}</p>"
            + "<blockquote><p>The bridge carried the mail for a century and it will again.</p><cite>Old Tom Reeve</cite></blockquote></article>");
        Assert.Equal([$"{Prose} {quote}", More, "The bridge carried the mail for a century and it will again.", "Old Tom Reeve"], texts);
    }

    [Fact]
    public void A_subtitle_deck_before_the_story_is_not_read_but_a_subtitle_classed_subhead_inside_it_is()
    {
        var texts = BodyTexts($"<article><h2 class='subTitle'>The footbridge will be repaired before the floods</h2><div class='field-subtitle'>Residents waited two years</div>"
            + $"<p>{Prose}</p><h2 class='text_editor_subtitle'>What residents said</h2><p>{More}</p></article>");
        Assert.Equal([Prose, "What residents said", More], texts);
    }

    [Fact]
    public void Talkbacks_audio_modules_and_hooked_captions_are_furniture()
    {
        var texts = BodyTexts($"<article><div class='audio-module'><button>Listen</button><span>4-Minute Listen to the story</span></div><p>{Prose}</p>"
            + "<div data-hook='imageViewer'><img src='/b.jpg'><span data-hook='imageCaption'>The footbridge after the last flood, seen from the mill.</span></div>"
            + $"<p>{More}</p><section class='talkbacks'><p>About time too, we have waited long enough for this.</p></section></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Theory]
    [InlineData("Northwater Public Radio is supported by listeners like you. Give now and keep stories like this on the air.")]
    [InlineData("Support independent, local journalism")]
    [InlineData("Donate now")]
    [InlineData("VÍDEOS: veja as notícias mais vistas da região")]
    [InlineData("Veja mais notícias da região no portal.")]
    public void Donation_pitches_and_portuguese_more_news_lines_are_promos(string line) => Assert.True(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("Painters work on the water tower Monday. (Courier photo by Lorna Bickerstaff)")]
    [InlineData("The new bridge deck. (Staff photo by Jo Bell)")]
    [InlineData("Crowds at the fair. (AP Photo/Sam Reyes)")]
    public void A_caption_ending_in_a_named_photo_credit_is_a_caption(string line) => Assert.True(PhotoLines.IsPhotoCaption(line));

    [Fact]
    public void A_line_of_one_endless_word_is_judged_without_running_a_pattern_long()
    {
        // A timed pattern that ran out of time would throw; a line this long is never a metadata, promo or notice line.
        var line = "The word is " + new string('a', 1_000_000) + " and that is all, listeners like you.";
        Assert.False(MetadataLines.IsMetadataLine(line));
        Assert.False(PromoPhrases.IsPromo(line));
        Assert.False(WidgetLines.IsWidgetLine("Copyright " + line));
        Assert.False(ReleaseBoilerplate.IsBoilerplate("SOURCE " + line));
    }

    [Theory]
    [InlineData("Copyright 2026 The Valley Weekly. All rights reserved.", true)]
    [InlineData("© 2026 Valley Weekly", true)]
    [InlineData("The band sued over the copyright of its first album, which it says was copied.", false)]
    public void A_copyright_notice_is_a_widget_line(string line, bool notice) => Assert.Equal(notice, WidgetLines.IsWidgetLine(line));
}
