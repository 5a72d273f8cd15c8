using Aloud.Speech;
using Aloud.Speech.Espeak;

namespace Aloud.Tests.Speech.Espeak;

/// <summary>eSpeak asked which words it would read letter by letter, and the respeller working through it.</summary>
[Collection(EspeakCollection.Name)]
public sealed class EspeakSpellingProbeTests
{
    private static readonly EspeakEngine Engine = new();

    private static Voice EnUs => Engine.Voices.Single(v => v.Id == "espeak:en-us");

    [Theory]
    [InlineData("Wrzesniewski")]
    [InlineData("Przybylski")]
    [InlineData("Grzegorz")]
    public void Words_espeak_starts_by_spelling_are_found(string word) => Assert.True(Engine.WouldSpell(word, EnUs));

    [Theory]
    [InlineData("McShane")]
    [InlineData("Kessling")]
    [InlineData("Okafor")]
    [InlineData("Nguyen")]
    public void Words_espeak_says_are_not(string word) => Assert.False(Engine.WouldSpell(word, EnUs));

    [Fact]
    public void The_respeller_finds_a_reading_espeak_says_as_a_word()
    {
        var reading = new NameRespeller(Engine).Respell("Wrzesniewski", EnUs);
        Assert.NotNull(reading);
        Assert.False(Engine.WouldSpell(reading, EnUs));
    }
}
