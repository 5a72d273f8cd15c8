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
    // Only the first letter spelled: "tee-svangirai", "dee-lamini", "zee-bigniew".
    [InlineData("Tsvangirai")]
    [InlineData("Dlamini")]
    [InlineData("Zbigniew")]
    public void Words_espeak_starts_by_spelling_are_found(string word) => Assert.True(Engine.WouldSpell(word, EnUs));

    [Theory]
    [InlineData("McShane")]
    [InlineData("Kessling")]
    [InlineData("Okafor")]
    [InlineData("Nguyen")]
    [InlineData("Teague")]
    [InlineData("Tsai")]
    [InlineData("Dmitri")]
    public void Words_espeak_says_are_not(string word) => Assert.False(Engine.WouldSpell(word, EnUs));

    [Theory]
    [InlineData("Tsvangirai")]
    [InlineData("Dlamini")]
    public void A_spelled_first_letter_gets_a_reading_espeak_says_whole(string name)
    {
        var reading = new NameRespeller(Engine).Respell(name, EnUs);
        Assert.NotNull(reading);
        Assert.False(Engine.WouldSpell(reading, EnUs));
    }

    [Fact]
    public void Each_half_of_a_double_barrelled_name_is_respelled_and_the_hyphen_kept()
    {
        var reading = new NameRespeller(Engine).Respell("Dlamini-Zuma", EnUs);
        Assert.NotNull(reading);
        Assert.EndsWith("-Zuma", reading, StringComparison.Ordinal);
        Assert.False(Engine.WouldSpell(reading.Split('-')[0], EnUs));
    }

    [Fact]
    public void The_respeller_finds_a_reading_espeak_says_as_a_word()
    {
        var reading = new NameRespeller(Engine).Respell("Wrzesniewski", EnUs);
        Assert.NotNull(reading);
        Assert.False(Engine.WouldSpell(reading, EnUs));
    }
}
