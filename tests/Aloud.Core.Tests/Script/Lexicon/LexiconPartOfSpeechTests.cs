using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;

namespace Aloud.Tests.Script.Lexicon;

/// <summary>Heteronym entries: the part of speech guessed in the sentence picks the entry.</summary>
public class LexiconPartOfSpeechTests
{
    private const string LeadLexicon = """
        { "version": 1, "entries": [
            { "written": "lead", "spoken": "led", "partOfSpeech": "noun" },
            { "written": "lead", "spoken": "leed", "partOfSpeech": "v" },
        ] }
        """;

    private static TextNormalizer With(string json) => new(EnglishNumberWords.Instance, lexicon: PronunciationLexicon.Parse(json));

    private static TextNormalizer With(params LexiconEntry[] entries) =>
        new(EnglishNumberWords.Instance, lexicon: new PronunciationLexicon(1, entries));

    [Theory]
    [InlineData("The lead pipe burst.", "The led pipe burst.")]
    [InlineData("They lead the parade.", "They leed the parade.")]
    [InlineData("Lead is heavy, so we lead it slowly.", "led is heavy, so we leed it slowly.")]
    [InlineData("She will lead, and the lead follows.", "She will leed, and the led follows.")]
    public void The_entry_whose_part_of_speech_the_sentence_shows_wins(string written, string spoken) =>
        Assert.Equal(spoken, With(LeadLexicon).NormalizeToText(written));

    [Fact]
    public void Without_a_guess_the_entry_without_a_part_of_speech_wins_else_the_first()
    {
        var withPlain = With(new LexiconEntry("lead", "led", PartOfSpeech: "noun"), new LexiconEntry("lead", "leed", PartOfSpeech: "verb"), new LexiconEntry("lead", "lede"));
        Assert.Equal("Guides lede hikers.", withPlain.NormalizeToText("Guides lead hikers."));
        Assert.Equal("They leed hikers.", withPlain.NormalizeToText("They lead hikers."));

        var onlyTagged = With(new LexiconEntry("lead", "leed", PartOfSpeech: "verb"), new LexiconEntry("lead", "led", PartOfSpeech: "noun"));
        Assert.Equal("Guides leed hikers.", onlyTagged.NormalizeToText("Guides lead hikers."));
        // A guess no entry names falls back the same way: an adjective place, no adjective entry, the first.
        Assert.Equal("It is so leed.", onlyTagged.NormalizeToText("It is so lead."));
    }

    [Fact]
    public void A_noun_or_adjective_place_takes_the_adjective_entry_when_there_is_no_noun_entry()
    {
        var normalizer = With(new LexiconEntry("live", "liv", PartOfSpeech: "verb"), new LexiconEntry("live", "lyve", PartOfSpeech: "adj"));
        Assert.Equal("A lyve show starts.", normalizer.NormalizeToText("A live show starts."));
        Assert.Equal("We liv here.", normalizer.NormalizeToText("We live here."));
        Assert.Equal("The show is lyve.", normalizer.NormalizeToText("The show is live."));
    }

    [Fact]
    public void A_case_sensitive_entry_and_a_part_of_speech_work_together()
    {
        var normalizer = With(new LexiconEntry("Polish", "poh lish", CaseSensitive: true), new LexiconEntry("polish", "pah lish", PartOfSpeech: "verb"));
        Assert.Equal("The poh lish team won.", normalizer.NormalizeToText("The Polish team won."));
        Assert.Equal("We pah lish the floors.", normalizer.NormalizeToText("We polish the floors."));
        Assert.Equal("pah lish the silver.", normalizer.NormalizeToText("Polish the silver."));
    }

    [Fact]
    public void Ipa_entries_with_a_part_of_speech_give_their_own_phones()
    {
        var normalizer = With(new LexiconEntry("wind", null, Ipa: "wɪnd", PartOfSpeech: "noun"), new LexiconEntry("wind", null, Ipa: "waɪnd", PartOfSpeech: "verb"));
        var (noun, _) = normalizer.Normalize("A cold wind blew.", new TextSpan(0, 17));
        var (verb, _) = normalizer.Normalize("You must wind it.", new TextSpan(0, 17));
        Assert.Equal("w ih1 n d", noun[2].Pronunciation?.Text);
        Assert.Equal("w ay1 n d", verb[2].Pronunciation?.Text);
        Assert.Equal("wind", verb[2].Spoken);
    }

    [Fact]
    public void The_script_writer_picks_per_sentence()
    {
        var article = new Article(null, null, null, "en", null, [new(BlockKind.Paragraph, "The lead pipe burst. They lead the parade.")]);
        var script = new ScriptWriter(new ScriptOptions { Lexicon = PronunciationLexicon.Parse(LeadLexicon) }).Write(article);
        Assert.Equal(["The led pipe burst.", "They leed the parade."], script.Sentences.Select(s => s.SpokenText));
    }

    [Fact]
    public void Short_and_full_names_are_the_same_entry_and_a_part_of_speech_edit_is_a_change()
    {
        var shortNames = PronunciationLexicon.Parse(LeadLexicon);
        var fullNames = PronunciationLexicon.Parse(LeadLexicon.Replace("\"v\"", "\"verb\"", StringComparison.Ordinal));
        Assert.Equal("verb", shortNames.Entries[1].PartOfSpeech);
        Assert.Equal(shortNames.ContentHash, fullNames.ContentHash);

        var nounOnly = new PronunciationLexicon(1, [new("lead", "led", PartOfSpeech: "noun")]);
        var change = shortNames.ChangesSince(nounOnly);
        Assert.Equal([new LexiconEntry("lead", "leed", PartOfSpeech: "verb")], change.Changed);
        // Adding the verb entry can change which entry any "lead" gets, so every sentence with the word is touched.
        Assert.True(change.Affects("They lead the parade."));
        Assert.True(change.Affects("The lead pipe burst."));
        Assert.False(change.Affects("The leader spoke."));

        var retagged = new PronunciationLexicon(1, [new("lead", "led", PartOfSpeech: "verb")]);
        Assert.NotEqual(nounOnly.ContentHash, retagged.ContentHash);
        Assert.True(retagged.ChangesSince(nounOnly).Affects("Lead is heavy."));
    }

    [Fact]
    public void An_entry_built_in_code_with_an_unknown_part_of_speech_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new LexiconEntry("lead", "led", PartOfSpeech: "pronoun"));
        Assert.Contains("\"pronoun\" is not one of noun, verb", error.Message);
        Assert.Equal(Aloud.Script.Grammar.PartOfSpeech.Adverb, new LexiconEntry("fast", "fahst", PartOfSpeech: "ADV").Tag);
    }
}
