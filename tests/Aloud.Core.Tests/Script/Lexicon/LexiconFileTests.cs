using Aloud.Ingest;
using Aloud.Script.Lexicon;

namespace Aloud.Tests.Script.Lexicon;

public class LexiconFileTests
{
    [Fact]
    public void A_full_entry_is_read_with_every_field()
    {
        var lexicon = PronunciationLexicon.Parse("""
            { "version": 3, // comments are allowed
              "entries": [
                { "written": "Marek", "spoken": "mah rek", "caseSensitive": true, "ipa": "ˈmarɛk", "partOfSpeech": "Noun" },
                { "written": "Sinn  Féin", "spoken": "shin fayn" },
              ] }
            """);
        Assert.Equal(3, lexicon.Version);
        Assert.Equal(new LexiconEntry("Marek", "mah rek", true, "ˈmarɛk", "noun"), lexicon.Entries[0]);
        Assert.Equal(["Sinn", "Féin"], lexicon.Entries[1].WrittenWords);
        Assert.True(lexicon.Knows("sinn féin"));
    }

    [Theory]
    [InlineData("not json", "is not valid")]
    [InlineData("null", "is empty")]
    [InlineData("""{"entries": []}""", "needs a \"version\"")]
    [InlineData("""{"version": -1, "entries": []}""", "needs a \"version\"")]
    [InlineData("""{"version": 1}""", "needs \"entries\"")]
    [InlineData("""{"version": 1, "entries": [{"written": "Marek"}]}""", "entry 1 (\"Marek\"): give \"spoken\" (a respelling in plain words) or \"ipa\"")]
    [InlineData("""{"version": 1, "entries": [{"written": "Marek", "spoken": " "}]}""", "\"spoken\" is empty")]
    [InlineData("""{"version": 1, "entries": [{"written": "A", "spoken": "ay"}, {"written": "Marek", "ipa": "ˈmyk"}]}""", "entry 2 (\"Marek\"): \"ipa\" cannot be read: \"y\" (U+0079) in \"ˈmyk\" is not an IPA symbol")]
    [InlineData("""{"version": 1, "entries": [{"spoken": "x"}]}""", "entry 1: \"written\" is missing")]
    [InlineData("""{"version": 1, "entries": [{"written": "A", "spoken": "<break/>"}]}""", "not '<'")]
    [InlineData("""{"version": 1, "entries": [{"written": "A", "spokn": "ay"}]}""", "spokn")]
    [InlineData("""{"version": 1, "entries": [{"written": "A", "spoken": "ay", "ipa": " "}]}""", "\"ipa\" is empty")]
    [InlineData("""{"version": 1, "entries": [{"written": "Marek", "spoken": "a"}, {"written": "marek", "spoken": "b"}]}""", "lists \"Marek\" twice")]
    [InlineData("""{"version": 1, "entries": [{"written": "a b c d e f g h i", "spoken": "x"}]}""", "at most 8")]
    [InlineData("""{"version": 1, "entries": [{"written": "Sinn Feeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeein", "spoken": "x"}]}""", "a written word of 72 characters is longer than any word narration reads (64 at most)")]
    [InlineData("""{"version": 1, "entries": [{"written": "lead", "spoken": "led", "partOfSpeech": "pronoun"}]}""", "entry 1 (\"lead\"): \"partOfSpeech\" is \"pronoun\"; use noun, verb, adjective, adverb (or n, v, adj, adv), or leave it out")]
    [InlineData("""{"version": 1, "entries": [{"written": "A", "spoken": "ay"}, {"written": "lead", "spoken": "led", "partOfSpeech": ""}]}""", "entry 2 (\"lead\"): \"partOfSpeech\" is \"\"")]
    [InlineData("""{"version": 1, "entries": [{"written": "lead", "spoken": "led", "partOfSpeech": "n"}, {"written": "Lead", "spoken": "lehd", "partOfSpeech": "Noun"}]}""", "lists \"lead\" twice")]
    public void A_bad_file_is_one_clear_line(string json, string expected)
    {
        var error = Assert.Throws<AloudInputException>(() => PronunciationLexicon.Parse(json, "names.json"));
        Assert.Contains(expected, error.Message);
        Assert.StartsWith("lexicon file names.json", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        var path = Path.Combine(Path.GetTempPath(), "aloud-no-such-lexicon.json");
        var error = Assert.Throws<AloudInputException>(() => PronunciationLexicon.Load(path));
        Assert.StartsWith($"cannot read lexicon file {path}", error.Message);
    }

    [Fact]
    public void An_entry_may_give_ipa_only_and_its_written_words_then_stay_as_they_are()
    {
        var lexicon = PronunciationLexicon.Parse("""
            { "version": 1, "entries": [
                { "written": "Xochitlan", "ipa": "/soʊˈtʃiːtlɑn/" },
                { "written": "Port Alder", "ipa": "ˈpɔɹt ˈɔldɚ" },
                { "written": "Quenby", "spoken": "KWEN bee", "ipa": "ˈkwɛn.bi" },
            ] }
            """);

        Assert.Null(lexicon.Entries[0].Spoken);
        Assert.Equal("s ow0 ch iy1 t l aa0 n", lexicon.Entries[0].IpaWords.Single().Text);
        Assert.Equal(IpaTarget.Written, lexicon.Entries[1].IpaFor);
        Assert.Equal(IpaTarget.Whole, lexicon.Entries[2].IpaFor);
    }
}
