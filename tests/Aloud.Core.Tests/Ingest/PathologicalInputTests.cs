using System.Diagnostics;
using System.Text;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Hostile or broken inputs: each ends quickly in a result or a clear error, never a crash or a hang.</summary>
public class PathologicalInputTests
{
    // Generous: CI machines are small and shared; a hang or a quadratic blow-up takes far longer.
    // A hang guard, not a speed target (speed lives in the benchmarks): alone a 9 MB page takes about 5 s in a
    // Debug build, but the suite runs beside narration tests on two cores, so only a real blow-up may fail it.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(90);

    private static Article? ReadQuickly(byte[] bytes, string? contentType = null)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return ArticleReader.Read(bytes, contentType, null, ExtractionOptions.Default);
        }
        catch (AloudInputException)
        {
            return null;
        }
        finally
        {
            Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
        }
    }

    [Fact]
    public void Ten_thousand_nested_divs()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div class='wrap'>", 10_000))
            + "<p>Deep inside the markup, the harbor story is still a sentence.</p>" + string.Concat(Enumerable.Repeat("</div>", 10_000)) + "</body></html>";
        var article = ReadQuickly(Encoding.UTF8.GetBytes(html));
        Assert.Equal("Deep inside the markup, the harbor story is still a sentence.", Assert.Single(article!.Blocks).Text);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b", "em", "strong")]
    public void Two_hundred_thousand_nested_elements_are_extracted_in_bounded_work(params string[] tags)
    {
        const int depth = 200_000;
        var open = string.Concat(Enumerable.Range(0, depth).Select(i => $"<{tags[i % tags.Length]}>"));
        var close = string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => $"</{tags[i % tags.Length]}>"));
        var html = "<html><body><p>" + open + "Deep inside the markup, the harbor story is still a sentence." + close + "</p></body></html>";
        var article = ReadQuickly(Encoding.UTF8.GetBytes(html));
        Assert.Equal("Deep inside the markup, the harbor story is still a sentence.", Assert.Single(article!.Blocks).Text);
    }

    [Fact]
    public void Truncated_html_still_gives_the_text_before_the_cut()
    {
        var cut = HarborFerryFixture.Html[..HarborFerryFixture.Html.IndexOf("What changes", StringComparison.Ordinal)];
        var article = ReadQuickly(Encoding.UTF8.GetBytes(cut));
        Assert.Equal(HarborFerryFixture.ExpectedBlocks[0].Text, article!.Blocks[0].Text);
        Assert.Equal(3, article.Blocks.Count);
    }

    [Fact]
    public void A_twenty_megabyte_page_is_refused_by_size()
    {
        var bytes = new byte[20 * 1024 * 1024];
        bytes.AsSpan().Fill((byte)'a');
        var e = Assert.Throws<AloudInputException>(() => ArticleReader.Read(bytes, "text/html", null, ExtractionOptions.Default));
        Assert.StartsWith("too large: standard input is 20 MB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_just_under_the_limit_is_extracted_in_time()
    {
        var paragraph = "<div class='row'><p>Row of harbor text with commas, words, and a <a href='/x'>link</a>.</p><span class='ad'>Ad</span></div>\n";
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(paragraph, 9 * 1024 * 1024 / paragraph.Length)) + "</article></body></html>";
        var article = ReadQuickly(Encoding.UTF8.GetBytes(html));
        Assert.True(article!.Blocks.Count > 50_000);
    }

    [Fact]
    public void Random_binary_junk_is_a_binary_error()
    {
        var junk = new byte[64 * 1024];
        new Random(7).NextBytes(junk);
        junk[0] = (byte)'<'; // no magic number to lean on
        var e = Assert.Throws<AloudInputException>(() => ArticleReader.Read(junk, null, null, ExtractionOptions.Default));
        Assert.StartsWith("binary input", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16_text_without_a_mark_gets_a_clear_error()
    {
        var e = Assert.Throws<AloudInputException>(
            () => ArticleReader.Read(Encoding.Unicode.GetBytes("The ferry runs late tonight."), null, null, ExtractionOptions.Default));
        Assert.Equal("binary input (looks like UTF-16 text without a byte-order mark): give an HTML page or plain text", e.Message);
    }

    [Fact]
    public void Long_runs_without_spaces_and_huge_attributes_do_not_stall_the_rules()
    {
        var word = new string('x', 2_000_000);
        var html = $"<html><head><script type='application/ld+json'>{{\"@type\":\"NewsArticle\",\"headline\":\"{word}\"}}</script></head>"
            + $"<body><article><p class='{string.Join(' ', Enumerable.Repeat("ad-ish", 50_000))}'>x</p>"
            + $"<p style='{new string(' ', 100_000)}display:none'>hidden</p><p>Click here {word}</p><p>Plain closing sentence.</p></article></body></html>";
        var article = ReadQuickly(Encoding.UTF8.GetBytes(html));
        Assert.NotNull(article);
    }

    [Fact]
    public void Deeply_nested_json_ld_is_ignored()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":[", 5000)) + string.Concat(Enumerable.Repeat("]}", 5000));
        var html = $"<html><head><script type='application/ld+json'>{json}</script><title>Plain title</title></head><body><p>Body sentence here.</p></body></html>";
        Assert.Equal("Plain title", ReadQuickly(Encoding.UTF8.GetBytes(html))!.Title);
    }

    [Fact]
    public void Plain_text_with_a_million_lines_is_read_in_time()
    {
        var text = string.Concat(Enumerable.Repeat("Line of text.\n", 600_000));
        Assert.Equal(600_000, ReadQuickly(Encoding.UTF8.GetBytes(text))!.Blocks.Count);
    }
}
