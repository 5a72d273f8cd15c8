using Aloud.Cli;

namespace Aloud.Tests.Output;

public class PluralTests
{
    [Theory]
    [InlineData(0, "0 sentences")]
    [InlineData(1, "1 sentence")]
    [InlineData(2, "2 sentences")]
    [InlineData(1000, "1000 sentences")]
    public void Counts_read_as_english(int count, string expected) => Assert.Equal(expected, Plural.Count(count, "sentence"));
}
