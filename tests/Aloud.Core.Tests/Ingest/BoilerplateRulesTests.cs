using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Furniture named by its class: the eighth blind set's disclaimers, source lists, donation boxes and photo credits.</summary>
public class BoilerplateRulesTests
{
    private const string Prose = "Children who slept an hour longer on school nights did better in morning tests, the study of two districts found.";
    private const string More = "The researchers now plan to follow the same pupils for another two years, the university said on Monday.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<div class='site-disclaimer'><p>Nothing on this site is advice from a doctor.</p></div>")]
    [InlineData("<div class='article-sources'><h3>Sources</h3><ol><li>District sleep survey, 2026.</li></ol></div>")]
    [InlineData("<div class='donate-box'><p>Keep student reporting free for everyone on campus this year.</p></div>")]
    [InlineData("<div class='lead'><img src='/p.jpg'><div class='photocredit'>Mara Velt</div></div>")]
    [InlineData("<div class='hero'><img src='/p.jpg'><span class='imagecredit'>Mara Velt</span></div>")]
    public void Furniture_named_by_its_class_is_not_read(string furniture) =>
        Assert.Equal([Prose, More], Texts($"<p>{Prose}</p>{furniture}<p>{More}</p>"));

    [Fact]
    public void A_credit_class_without_a_photo_word_is_still_the_story_credit()
    {
        var blocks = HtmlArticleExtractor.Extract($"<html><body><article><p>{Prose}</p><p>{More}</p><p class='story-credit'>Mara Velt contributed to this story.</p></article></body></html>").Blocks;
        Assert.Contains(blocks, b => b.Kind == BlockKind.Credit);
    }
}
