using Aloud.Speech.Phonemes;

namespace Aloud.Tests.Speech.Phonemes;

public sealed class PronunciationTests
{
    private static string Arpabet(string ipa) => string.Join(" | ", Pronunciation.ParseWords(ipa).Select(p => p.Text));

    [Theory]
    [InlineData("ˈmɑɹɛk", "m aa1 r eh0 k")]
    [InlineData("/ˈmɑːrɛk/", "m aa1 r eh0 k")]                  // slashes, length mark, plain r
    [InlineData("[ˈmɑ.ɹɛk]", "m aa1 r eh0 k")]                  // brackets, syllable dot
    [InlineData("ˈt͡ʃɛɡɚ", "ch eh1 g er0")]                      // tie bar, IPA ɡ, r-coloured schwa
    [InlineData("ˈdʒɜːni", "jh er1 n iy0")]                      // ɜ + length
    [InlineData("ˈbɝd", "b er1 d")]
    [InlineData("ˈpɜrsən", "p er1 s ah0 n")]                     // ɜr before a consonant is one vowel
    [InlineData("əˈɹaʊnd", "ah0 r aw1 n d")]                     // ...but r before a vowel stays an r
    [InlineData("ˈfeɪθˌhoʊl", "f ey1 th hh ow2 l")]              // diphthongs, secondary stress
    [InlineData("ˈbaɪ.ɔɪ", "b ay1 oy0")]
    [InlineData("ˈbʌtn̩", "b ah1 t ah0 n")]                       // syllabic n
    [InlineData("ˈbɪɾɚ", "b ih1 d er0")]                          // the GA flap
    [InlineData("ˈɡeɪ", "g ey1")]
    [InlineData("ˈpʰɪn", "p ih1 n")]                              // aspiration is read past
    [InlineData("ˈbɑʃ", "b aa1 sh")]
    [InlineData("zoʊˈtʃiːtlɑn", "z ow0 ch iy1 t l aa0 n")]
    [InlineData("mɑɹɛk", "m aa1 r eh0 k")]                       // no mark: the first full vowel is stressed
    [InlineData("əˌnæ", "ah0 n ae2")]
    [InlineData("'zɛlda", "z eh1 l d aa0")]                       // an apostrophe typed for ˈ
    public void ReadsIpaAsGeneralAmericanPhones(string ipa, string expected) =>
        Assert.Equal(expected, Arpabet(ipa));

    [Fact]
    public void ReadsOnePronunciationPerWord() =>
        Assert.Equal("p ao1 r t | ao1 l d er0", Arpabet("pɔɹt ˈɔldɚ"));

    [Theory]
    [InlineData("ˈmyk", "\"y\" (U+0079)", "write j")]
    [InlineData("ˈkat͡ɕ", "U+0255", "")]
    [InlineData("ˈIt", "\"I\"", "capital")]
    [InlineData("ˈˌmɑ", "two stress marks", "")]
    [InlineData("mɑˈ", "no vowel after", "")]
    [InlineData("..", "no sounds", "")]
    [InlineData("  ", "empty", "")]
    public void RefusesWhatItCannotSayWithAMessageNamingIt(string ipa, string part, string hint)
    {
        var error = Assert.Throws<PronunciationException>(() => Pronunciation.ParseWords(ipa));
        Assert.Contains(part, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x-arpabet")]
    [InlineData("cmu")]
    [InlineData("ARPABET")]
    public void ReadsArpabetUnderItsNames(string alphabet) =>
        Assert.Equal("m aa1 r eh0 k", Pronunciation.ParseWords("M AA1 R EH0 K", alphabet).Single().Text);

    [Fact]
    public void RefusesUnknownArpabetPhonesAndAlphabets()
    {
        Assert.Contains("\"q\"", Assert.Throws<PronunciationException>(() => Pronunciation.ParseWords("m q", "cmu")).Message, StringComparison.Ordinal);
        Assert.Contains("not a vowel", Assert.Throws<PronunciationException>(() => Pronunciation.ParseWords("m1", "cmu")).Message, StringComparison.Ordinal);
        Assert.Contains("x-sampa", Assert.Throws<PronunciationException>(() => Pronunciation.ParseWords("m", "x-sampa")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ˈmɑɹɛk", "m aa1 r eh0 k s")]
    [InlineData("ˈʒɑk", "zh aa1 k s")]
    [InlineData("ˈmɑɹə", "m aa1 r ah0 z")]
    [InlineData("ˈɹoʊz", "r ow1 z ih0 z")]
    public void APossessiveAddsTheSoundEnglishGivesIt(string ipa, string expected) =>
        Assert.Equal(expected, Pronunciation.ParseWords(ipa).Single().WithPossessive("'s").Text);

    [Fact]
    public void EqualWhenThePhonesAre()
    {
        Assert.Equal(Pronunciation.ParseWords("ˈmɑɹɛk").Single(), Pronunciation.ParseWords("m aa1 r eh0 k", "cmu").Single());
        Assert.NotEqual(Pronunciation.ParseWords("ˈmɑɹɛk").Single(), Pronunciation.ParseWords("mɑˈɹɛk").Single());
    }
}
