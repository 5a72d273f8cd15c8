using Aloud.Speech.Espeak;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Espeak;

public sealed class EspeakTextTests
{
    [Fact]
    public void UsesASemicolonForClauseBreaksBecauseESpeakPausesLongerThere()
    {
        Assert.Equal("Well, I think so; really!", EspeakText.Build(Sentence("Well, I think so; really", '!')).Text);
    }

    [Fact]
    public void KeepsMarkupLikeCharactersAsPlainText()
    {
        Assert.Equal("<speak> &amp; <break time='5s'/>.", EspeakText.Build(Sentence("<speak> &amp; <break time='5s'/>")).Text);
    }

    [Theory]
    [InlineData(1, 0)]   // "Die"
    [InlineData(4, 1)]   // the space before "Größe" belongs to the next word
    [InlineData(5, 1)]   // "Größe"
    [InlineData(11, 2)]  // "über", counted in characters, not UTF-8 bytes
    [InlineData(16, 3)]  // "😀x": one character for the emoji, not two UTF-16 units
    [InlineData(17, 3)]  // "x" after the emoji
    [InlineData(18, -1)] // the terminator
    public void MapsAOneBasedCharacterPositionToOurWord(int position, int word)
    {
        var text = EspeakText.Build(Sentence("Die Größe über 😀x"));

        Assert.Equal(word, text.WordAt(position));
    }
}
