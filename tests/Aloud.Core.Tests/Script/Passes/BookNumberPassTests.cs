using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class BookNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("ISBN 978-1-23-456789-0", "I S B N nine seven eight, one, two three, four five six seven eight nine, zero.")]
    [InlineData("ISBN 0123456789", "I S B N zero one two three four five six seven eight nine.")]
    [InlineData("ISBN: 1-234-56789-X", "I S B N, one, two three four, five six seven eight nine, X.")]
    [InlineData("ISSN 2049-370X", "I S S N two zero four nine, three seven zero X.")]
    // A short number after the name is not a book number: the cardinal reading stays.
    [InlineData("ISBN 12 copies", "I S B N twelve copies.")]
    // Without the name a long number stays a count.
    [InlineData("about 1234567890 people", "about one billion two hundred thirty-four million five hundred sixty-seven thousand eight hundred ninety people.")]
    public void ReadsBookNumbersDigitByDigit(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
