using System.Text;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class TextDecodingTests
{
    // Straight from the provider: Encoding.GetEncoding(1252) depends on whether someone registered it first.
    private static Encoding CodePages(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    private const string Sample = "Caf\u00e9 \u201cquote\u201d \u2014 done";

    [Fact]
    public void Byte_order_marks_choose_the_encoding_and_are_removed()
    {
        Assert.Equal(Sample, TextDecoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]));
        Assert.Equal(Sample, TextDecoding.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.Equal(Sample, TextDecoding.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample)]));
        // The mark wins even over a contradicting declaration.
        Assert.Equal(Sample, TextDecoding.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "text/html; charset=windows-1252"));
    }

    [Fact]
    public void Http_charset_is_used()
    {
        var bytes = Encoding.Latin1.GetBytes("Fa\u00e7ade");
        Assert.Equal("Fa\u00e7ade", TextDecoding.Decode(bytes, "text/plain; charset=ISO-8859-1"));
        Assert.Equal("Fa\u00e7ade", TextDecoding.Decode(bytes, "text/plain; charset=\"windows-1252\""));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta charset=iso-8859-1>")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">")]
    public void Meta_charset_is_used(string meta)
    {
        var html = $"<html><head>{meta}</head><body>\u201cHello\u201d</body></html>";
        var bytes = CodePages(1252).GetBytes(html);
        Assert.Contains("\u201cHello\u201d", TextDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Meta_charset_for_other_code_pages_works()
    {
        var bytes = CodePages(28592).GetBytes("<meta charset=\"iso-8859-2\"><p>\u0141\u00f3d\u017a</p>");
        Assert.Contains("\u0141\u00f3d\u017a", TextDecoding.Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_valid_utf8_is_utf8_and_invalid_bytes_fall_back_to_windows_1252()
    {
        Assert.Equal(Sample, TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample)));
        byte[] cp1252 = [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x97, (byte)' ', 0xE9];
        Assert.Equal("\u201cHi\u201d \u2014 \u00e9", TextDecoding.Decode(cp1252, null, out var used));
        Assert.Equal(1252, used.CodePage);
    }

    [Fact]
    public void A_false_utf8_declaration_falls_back_rather_than_producing_replacement_characters()
    {
        byte[] bytes = [(byte)'c', (byte)'a', (byte)'f', 0xE9];
        Assert.Equal("caf\u00e9", TextDecoding.Decode(bytes, "text/html; charset=utf-8"));
    }

    [Fact]
    public void Unknown_charset_labels_are_ignored()
    {
        Assert.Equal(Sample, TextDecoding.Decode(Encoding.UTF8.GetBytes(Sample), "text/plain; charset=klingon-9"));
    }

    [Fact]
    public void A_utf8_page_with_one_stray_latin1_byte_stays_utf8_and_only_that_byte_is_replaced()
    {
        var good = Encoding.UTF8.GetBytes("Ren\u00e9 and Ma\u00eblle opened the caf\u00e9; the d");
        byte[] bytes = [.. good, 0xE9, .. "cision was theirs."u8];
        Assert.Equal("Ren\u00e9 and Ma\u00eblle opened the caf\u00e9; the d\uFFFDcision was theirs.", TextDecoding.Decode(bytes, "text/html; charset=utf-8"));
        Assert.Equal("Ren\u00e9 and Ma\u00eblle opened the caf\u00e9; the d\uFFFDcision was theirs.", TextDecoding.Decode(bytes));
    }
}
