using Aloud.Speech;

namespace Aloud.Tests.Speech;

public sealed class AsciiFoldingTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("Caf\u00e9 na\u00efve \u00c5ngstr\u00f6m", "Cafe naive Angstrom")]
    [InlineData("Stra\u00dfe \u0141\u00f3d\u017a \u00e6on", "Strasse Lodz aeon")]
    [InlineData("don\u2019t \u2014 twenty\u2013one", "don't - twenty-one")]
    [InlineData("\u4f60\u597d\u263a", "")]
    public void FoldsToAsciiAndDropsWhatItCannotFold(string text, string ascii)
    {
        Assert.Equal(ascii, AsciiFolding.ToAscii(text));
    }

    [Fact]
    public void LetterKeysAreLowercaseLettersAndDigitsOnly()
    {
        Assert.Equal("womens", AsciiFolding.LetterKey("Women's"));
        Assert.Equal("thirtyseventh", AsciiFolding.LetterKey("thirty-seventh"));
        Assert.Equal("cafe42", AsciiFolding.LetterKey("Caf\u00e9 42!"));
    }
}
