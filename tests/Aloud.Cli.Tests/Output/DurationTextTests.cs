using Aloud.Cli;

namespace Aloud.Tests.Output;

/// <summary>Durations keep their hours: 70 minutes is 1:10:06, never 10:06.</summary>
public class DurationTextTests
{
    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(5_400, "0:05")]
    [InlineData(606_000, "10:06")]
    [InlineData(3_599_999, "59:59")]
    [InlineData(3_600_000, "1:00:00")]
    [InlineData(4_206_000, "1:10:06")]
    [InlineData(792_000_000, "220:00:00")]
    public void Formats(double milliseconds, string expected) => Assert.Equal(expected, DurationText.Format(milliseconds));
}
