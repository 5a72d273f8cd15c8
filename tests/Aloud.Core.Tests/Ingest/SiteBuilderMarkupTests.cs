using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Classes found on the third blind page set (eval/extraction/blind-3): site builders, static blogs, other scripts.</summary>
public class SiteBuilderMarkupTests
{
    private const string Prose = "The allotment committee met in the pavilion on Sunday and agreed to plant a hedge along the north fence.";
    private const string More = "Members had asked for shelter from the wind for two winters, and the hedge will cost less than a new fence.";

    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks;

    private static IReadOnlyList<string> Texts(string body) => Blocks(body).Select(b => b.Text).ToList();

    [Fact]
    public void A_blog_body_listed_among_several_itemprop_names_is_found_inside_a_widget()
    {
        // Blogger: the post sits in a "widget Blog", its body is itemprop="description articleBody" with <br> paragraphs.
        var texts = Texts("<header><h1>Orchard Notes</h1><p class='description'>Notes from a small orchard at the edge of the village green</p></header>"
            + $"<div class='widget Blog'><h3 class='post-title'>Hedge day</h3><div class='post-body' itemprop='description articleBody'>{Prose}<br /><br />{More}<br /></div>"
            + "<div class='comments'><p>Lovely, we did the same last year and the birds love it.</p></div></div>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void Text_split_by_breaks_outvotes_a_widget_class_and_the_bare_headline_is_not_read_twice()
    {
        // A Blogger theme with no microdata and no body class: the post's text sits straight in a div, split by <br>.
        var html = "<html><head><meta property='og:title' content='Orchard Notes: Hedge day at the allotments'></head><body>"
            + "<header><h1>Orchard Notes</h1><p>Notes from a small orchard at the edge of the village green</p></header>"
            + $"<div class='widget Blog'><div class='post'><h3>Hedge day at the allotments</h3><div class='pb'>{Prose}<br /><br />{More}<br /></div></div>"
            + "<div class='comments'><p>Lovely, we did the same last year and the birds love it.</p></div></div></body></html>";
        var texts = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_small_centred_line_under_an_image_only_block_is_a_caption()
    {
        var texts = Texts($"<article><p>{Prose}</p><div class='separator' style='text-align: center;'><a href='/p.jpg'><img src='/p.jpg'></a></div>"
            + "<div class='separator' style='clear: both; text-align: center;'><span style='font-size: x-small;'>The new hedge, two weeks after planting.</span></div>"
            + $"<p>{More}</p></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_centred_line_all_in_italics_under_an_image_only_block_is_a_caption()
    {
        // Blogger's editor: a caption typed under the photo and set in italics, at the normal size.
        var texts = Texts($"<article><p>{Prose}</p><div class='separator' style='text-align: center;'><a href='/p.jpg'><img src='/p.jpg'></a></div>"
            + "<div style='text-align: center;'><i>The new hedge, two weeks after planting.</i></div>"
            + $"<p>{More}</p></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_centred_line_partly_in_italics_under_an_image_stays()
    {
        const string line = "The committee thanked Dora Venn, whose book Hedges for Small Gardens started the plan.";
        var texts = Texts($"<article><p>{Prose}</p><p style='text-align: center;'><img src='/hedge.jpg'></p>"
            + $"<p style='text-align: center;'>The committee thanked Dora Venn, whose book <i>Hedges for Small Gardens</i> started the plan.</p><p>{More}</p></article>");
        Assert.Equal([Prose, line, More], texts);
    }

    [Fact]
    public void A_centred_paragraph_of_normal_size_under_an_image_stays()
    {
        // WordPress pages centre quoted reviews under a photo: centring alone does not make a caption.
        const string review = "“A wonderful evening. The singers were superb and the seats were comfortable.”";
        var texts = Texts($"<article><p>{Prose}</p><p style='text-align: center;'><img src='/stage.jpg'></p><p style='text-align: center;'>{review}</p><p>{More}</p></article>");
        Assert.Equal([Prose, review, More], texts);
    }

    [Theory]
    [InlineData("孩子们在图书车旁挑选图书。（记者 林晓岚 摄）")]
    [InlineData("新修的步道吸引了不少市民。(通讯员 王海 摄)")]
    public void A_chinese_photographer_credit_ends_a_caption(string text) =>
        Assert.True(PhotoLines.IsPhotoCaption(text));

    [Fact]
    public void A_chinese_sentence_about_photography_is_not_a_caption() =>
        Assert.False(PhotoLines.IsPhotoCaption("他从小就喜欢摄影，十八岁时买了第一台相机。"));

    [Fact]
    public void A_pull_quote_or_embedded_post_that_repeats_the_body_is_heard_once_with_its_signature()
    {
        var texts = Texts("<article><p>The grower posted a photo on Saturday. \"Grandad has been talking to this marrow every morning since May and it listened,\" she wrote.</p>"
            + "<blockquote class='twitter-tweet'><p>Grandad has been talking to this marrow every morning since May and it listened! 40kg</p>— Jo Plant (@joplants) <a href='/s/1'>May 3, 2026</a></blockquote>"
            + $"<p>{More}</p></article>");
        Assert.Equal(2, texts.Count);
        Assert.Equal(More, texts[1]);
    }

    [Fact]
    public void An_embedded_post_the_story_does_not_quote_is_kept_with_its_signature()
    {
        var blocks = Blocks($"<article><p>{Prose}</p><blockquote class='twitter-tweet'><p>Hedge planted, forty volunteers, one very muddy field.</p>"
            + "— Jo Plant (@joplants) <a href='/s/2'>May 3, 2026</a></blockquote><p>{More}</p></article>");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Quote && b.Text == "Hedge planted, forty volunteers, one very muddy field.");
        Assert.Contains(blocks, b => b.Text.StartsWith("— Jo Plant (@joplants)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اقرأ أيضًا: افتتاح حديقة عامة جديدة على الواجهة البحرية")]
    [InlineData("تابعونا على أخبار جوجل وعلى قناتنا في تيليجرام")]
    [InlineData("यह भी पढ़ें- मंडी में गेहूँ के भाव में हल्की तेज़ी")]
    [InlineData("ताज़ा ख़बरों के लिए हमें Google News पर फॉलो करें।")]
    [InlineData("相关阅读：县图书馆开展读书活动")]
    [InlineData("관련기사: 해솔시, 올해 재활용률 60% 목표")]
    [InlineData("関連記事：市立図書館、夜間開館を延長")]
    public void Read_also_and_follow_us_lines_are_promos_in_more_scripts(string line) =>
        Assert.True(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("وقال إنه يقرأ أيضًا الصحف المحلية كل صباح قبل أن يفتح متجره.")]
    [InlineData("किसानों ने कहा कि वे यह भी चाहते हैं कि पंप शाम तक चले।")]
    public void Prose_with_the_same_words_in_those_scripts_is_kept(string line) =>
        Assert.False(PromoPhrases.IsPromo(line));

    [Fact]
    public void Header_furniture_marked_for_speech_tools_to_skip_is_left_out()
    {
        var texts = Texts("<article><section><h1>A pipe and a float</h1><div class='speechify-ignore ab cp'><p>Member-only story</p>"
            + $"<p>Published in</p><p>Coastal Notes</p><span>6 min read</span></div><div class='pw-multi-vote-count'><p>1.2K</p></div><p>{Prose}</p><p>{More}</p></section></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Theory]
    [InlineData("정다은 기자 daeun@example.test")]
    [InlineData("Contact: jane.roe@example.test")]
    [InlineData("1.2K")]
    public void Counters_and_contact_lines_are_widget_lines(string text) =>
        Assert.True(WidgetLines.IsWidgetLine(text));

    [Theory]
    [InlineData("Readers can send their questions to letters@example.test before Friday.")]
    [InlineData("2026")]
    public void A_sentence_with_an_address_or_a_bare_year_is_not_a_widget_line(string text) =>
        Assert.False(WidgetLines.IsWidgetLine(text));

    [Theory]
    [InlineData("post-description")]
    [InlineData("wp-block-post-excerpt")]
    public void A_description_or_excerpt_lead_before_the_body_is_its_first_paragraph(string leadClass)
    {
        const string lead = "Sixty miles of grass track between two market towns, and what is left of the trade that made it.";
        var texts = Texts($"<main><article><header><h1>The old drove road</h1><div class='{leadClass}'>{lead}</div></header>"
            + $"<div class='post-content'><p>{Prose}</p><p>{More}</p></div></article></main>");
        Assert.Equal([lead, Prose, More], texts);
    }

    [Fact]
    public void A_photo_gallery_title_and_counter_are_left_out()
    {
        var texts = Texts($"<article><p>{Prose}</p><div class='gallery'><div class='gallery-header'><h4>In pictures: the hedge day</h4><span>6 photos</span></div>"
            + "<div class='gallery-slide'><img src='/1.jpg'><div>Volunteers digging the trench.</div></div></div>"
            + $"<p>{More}</p></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_data_table_row_is_one_line_with_its_cells_in_order()
    {
        var texts = Texts($"<article><p>{Prose}</p><table><thead><tr><th>District</th><th>2025</th><th>2026</th></tr></thead>"
            + "<tbody><tr><td>Millbeck</td><td>£760</td><td>£815</td></tr><tr><td><b>Thornley Edge</b></td><td>£805</td><td></td></tr></tbody></table>"
            + $"<p>{More}</p></article>");
        Assert.Equal([Prose, "District, 2025, 2026", "Millbeck, £760, £815", "Thornley Edge, £805", More], texts);
    }

    [Fact]
    public void A_layout_table_holding_the_story_is_still_read_paragraph_by_paragraph()
    {
        var texts = Texts($"<table><tr><td><a href='/'>Home</a></td><td><h1>Hedge day</h1><p>{Prose}</p><p>{More}</p></td></tr></table>");
        Assert.Equal([Prose, More], texts);
    }
}
