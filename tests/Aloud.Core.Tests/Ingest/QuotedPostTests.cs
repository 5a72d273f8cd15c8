using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class QuotedPostTests
{
    private const string Prose = "The lighthouse keeper retired after forty years, and the town threw a party on the breakwater.";

    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks;

    [Fact]
    public void A_post_quoted_in_a_blockquote_is_read_whatever_its_class()
    {
        var blocks = Blocks($"<p>{Prose}</p><blockquote class='social-post'><p>Forty years of light. Thank you all.</p>"
            + "— Keeper (@keeper) <a href='/k/1'>May 2, 2021</a></blockquote><p>{Prose}</p>");
        Assert.Contains(blocks, b => b.Kind == BlockKind.Quote && b.Text == "Forty years of light. Thank you all.");
    }

    [Fact]
    public void An_embed_wrapper_around_a_quoted_post_is_read()
    {
        var blocks = Blocks($"<p>{Prose}</p><div class='social-embed'><blockquote><p>Forty years of light.</p></blockquote></div>");
        Assert.Equal([Prose, "Forty years of light."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_share_bar_or_an_embed_without_a_quote_still_goes()
    {
        var blocks = Blocks($"<p>{Prose}</p><div class='social-share'><blockquote><p>Share this story.</p></blockquote></div>"
            + "<div class='social-embed'><p>Loading the post from the keeper.</p></div>");
        Assert.Equal([Prose], blocks.Select(b => b.Text));
    }
}
