using System.Text;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class ContentSnifferTests
{
    private static byte[] WithTail(byte[] head) => [.. head, .. Encoding.ASCII.GetBytes(" some trailing bytes that look like text")];

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF document")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "GIF image")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "ZIP archive")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08 }, "gzip archive")]
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 0x04 }, "MP3 audio")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, "MP3 audio")]
    [InlineData(new byte[] { 0x4F, 0x67, 0x67, 0x53 }, "Ogg audio")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, "WAV audio")]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 }, "WebP image")]
    public void Magic_numbers_are_binary_with_a_name(byte[] head, string description)
    {
        Assert.Equal(new SniffResult(ContentKind.Binary, description), ContentSniffer.Sniff(WithTail(head)));
    }

    [Fact]
    public void Nul_bytes_and_control_bytes_are_binary()
    {
        Assert.Equal(ContentKind.Binary, ContentSniffer.Sniff("plain\0text that has a NUL"u8.ToArray()).Kind);
        var controls = Enumerable.Range(0, 400).Select(i => (byte)(i % 10 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Equal(ContentKind.Binary, ContentSniffer.Sniff(controls).Kind);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_named()
    {
        Assert.Equal("UTF-16 text without a byte-order mark", ContentSniffer.DescribeBinary(Encoding.Unicode.GetBytes("Hello, harbor.")));
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_text()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<!DOCTYPE html><p>Hi</p>")];
        Assert.Equal(ContentKind.Html, ContentSniffer.Sniff(bytes).Kind);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>x</body></html>")]
    [InlineData("\n\n  <!doctype HTML>\n<title>x</title>")]
    [InlineData("<p>A fragment of a page.</p>")]
    [InlineData("<div class=\"story\">Text</div>")]
    [InlineData("<article>Text</article>")]
    public void Markup_near_the_start_is_html(string text)
    {
        Assert.Equal(ContentKind.Html, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);
    }

    [Theory]
    [InlineData("The council voted on Thursday.\n\nThe ferry starts in June.")]
    [InlineData("Prices rose 5% as 3 < 4 and 5 > 2, a rare day.")]
    [InlineData("Tabs\tand\r\nline endings\fare fine.")]
    public void Prose_is_plain_text(string text)
    {
        Assert.Equal(ContentKind.PlainText, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).Kind);
    }

    [Fact]
    public void A_declared_html_type_is_trusted_for_text_content()
    {
        Assert.Equal(ContentKind.Html, ContentSniffer.Sniff("Just words"u8.ToArray(), "text/html; charset=utf-8").Kind);
        Assert.Equal(ContentKind.Binary, ContentSniffer.Sniff(WithTail([0xFF, 0xD8, 0xFF]), "text/html").Kind);
    }
}
