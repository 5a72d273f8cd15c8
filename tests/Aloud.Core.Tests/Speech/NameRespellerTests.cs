using Aloud.Speech;
using Aloud.Speech.Flite;

namespace Aloud.Tests.Speech;

/// <summary>The respeller against the real Flite engine: what it would spell, and that the reading found is said as a word.</summary>
public sealed class NameRespellerTests
{
    private static readonly FliteEngine Engine = new();

    private static Voice Rms => Engine.Voices.Single(v => v.Id == "rms");

    [Theory]
    [InlineData("McShane")]
    [InlineData("Mbappe")]
    [InlineData("Wrzesniewski")]
    [InlineData("Brzezinski")]
    public void Names_flite_would_spell_get_a_reading_it_says_as_a_word(string name)
    {
        Assert.True(Engine.WouldSpell(name, Rms));
        var reading = new NameRespeller(Engine).Respell(name, Rms);
        Assert.NotNull(reading);
        Assert.False(Engine.WouldSpell(reading, Rms));
        Assert.DoesNotContain(" ", reading, StringComparison.Ordinal); // one word in, one word out
    }

    [Theory]
    [InlineData("Egypt's")]
    [InlineData("It'll")]
    [InlineData("I'd")]
    public void A_clitic_is_not_spelling(string word)
    {
        Assert.False(Engine.WouldSpell(word, Rms));
        Assert.Null(new NameRespeller(Engine).Respell(word, Rms));
    }

    [Fact]
    public void A_possessive_keeps_its_ending()
    {
        Assert.Equal("Mickshane's", new NameRespeller(Engine).Respell("McShane's", Rms));
    }

    [Fact]
    public void A_mc_prefix_is_said_as_a_syllable()
    {
        Assert.Equal("Mickshane", new NameRespeller(Engine).Respell("McShane", Rms));
    }

    [Theory]
    [InlineData("Okafor")]
    [InlineData("Kessling")]
    [InlineData("harbor")]
    [InlineData("NATO")]
    [InlineData("CNNMoney")]
    [InlineData("ft")]
    public void Words_the_engine_reads_and_acronyms_are_left_alone(string word)
    {
        Assert.Null(new NameRespeller(Engine).Respell(word, Rms));
    }

    [Fact]
    public void A_sentence_keeps_its_word_count_and_only_spelled_words_change()
    {
        var sentence = new SpeechSentence([new SpeechWord("Coach"), new SpeechWord("McShane", WordBreak.Comma), new SpeechWord("spoke")]);
        var respelled = new List<Respelling>();
        var result = new NameRespeller(Engine).Apply(sentence, Rms, respelled);
        Assert.Equal(["Coach", "Mickshane", "spoke"], result.Words.Select(w => w.Text));
        Assert.Equal(WordBreak.Comma, result.Words[1].BreakAfter);
        Assert.Equal([new Respelling("McShane", "Mickshane")], respelled);
    }

    [Theory]
    [InlineData("Nguyen", "Neguyen")]
    [InlineData("Mbappe", "Embappe")]
    [InlineData("Xfinity", "Exfinity")]
    [InlineData("Ljubljana", "Lejubljana")]
    [InlineData("Wrzesniewski", "Wrezesniewski")]
    [InlineData("Tumblr", "Tumbler")]
    [InlineData("Razr", "Razer")]
    [InlineData("Strand", null)]
    [InlineData("Karl", null)]
    [InlineData("Kessling", null)]
    public void Syllable_repair_puts_a_vowel_into_a_cluster_no_syllable_starts_with(string word, string? repaired)
    {
        Assert.Equal(repaired, SyllableRepair.Repair(word));
    }
}
