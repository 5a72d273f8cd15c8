using Aloud.Cli;
using Aloud.Ingest;

namespace Aloud.Tests.Input;

/// <summary>Lines are read as <see cref="TextReader.ReadLine"/> reads them, but never past the cap.</summary>
public class BoundedLineReaderTests
{
    /// <summary>Endless NUL characters, like /dev/zero, counting how many were asked for.</summary>
    private sealed class Zeros : TextReader
    {
        public long Served { get; private set; }

        public override int Read(char[] buffer, int index, int count)
        {
            Array.Clear(buffer, index, count);
            Served += count;
            return count;
        }
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", new[] { "a", "b", "c", "d" })]
    [InlineData("a\n\nb\n", new[] { "a", "", "b" })]
    [InlineData("\r\n\r\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    public void Splits_lines_as_ReadLine_does(string text, string[] expected)
    {
        var reader = new BoundedLineReader(new StringReader(text), 100);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        Assert.Equal(expected, lines);
    }

    [Fact]
    public void A_line_across_many_buffers_up_to_the_cap_is_read_whole()
    {
        var text = new string('x', 50_000) + "\r\n" + "y";
        var reader = new BoundedLineReader(new StringReader(text), 50_000);
        Assert.Equal(50_000, reader.ReadLine()!.Length);
        Assert.Equal("y", reader.ReadLine());
        Assert.Null(reader.ReadLine());
    }

    [Fact]
    public void Endless_input_without_newlines_is_refused_after_reading_about_the_cap()
    {
        var zeros = new Zeros();
        var error = Assert.Throws<AloudInputException>(() => new BoundedLineReader(zeros, 100_000).ReadLine());
        Assert.StartsWith("line 1 is longer than 100,000 characters", error.Message);
        Assert.InRange(zeros.Served, 100_000, 100_000 + 8192);
    }
}
