using Aloud.Speech.Espeak;

namespace Aloud.Tests.Speech.Espeak;

public sealed class EspeakOwnerTests
{
    [Theory]
    [InlineData("en-gb")]
    [InlineData("fr-fr")]
    public void A_language_name_that_is_not_a_voice_file_is_selected_by_its_voice(string language)
    {
        var byLanguage = EspeakOwner.Instance.TextToIpa(language, "water");
        var file = EspeakOwner.Instance.Voices.First(v => v.Language == language).Identifier;

        Assert.NotEqual(language, file, StringComparer.OrdinalIgnoreCase); // the case under test: eSpeak's own lookup fails
        Assert.Equal(EspeakOwner.Instance.TextToIpa(file, "water"), byLanguage);
    }

    [Fact]
    public void British_and_American_English_read_the_same_word_differently()
    {
        Assert.NotEqual(EspeakOwner.Instance.TextToIpa("en-us", "water"), EspeakOwner.Instance.TextToIpa("en-gb", "water"));
    }

    [Fact]
    public void A_name_that_is_neither_a_voice_nor_a_language_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => EspeakOwner.Instance.TextToIpa("xx-nowhere", "water"));
        Assert.Contains("xx-nowhere", error.Message, StringComparison.Ordinal);
    }
}
