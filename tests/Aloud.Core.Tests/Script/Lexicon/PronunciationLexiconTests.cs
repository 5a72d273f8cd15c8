using Aloud.Script;
using Aloud.Script.Lexicon;
using Aloud.Speech;

namespace Aloud.Tests.Script.Lexicon;

public class PronunciationLexiconTests
{
    private static TextNormalizer With(params LexiconEntry[] entries) =>
        new(EnglishNumberWords.Instance, lexicon: new PronunciationLexicon(1, entries));

    [Fact]
    public void A_known_name_is_respelled_with_the_lexicon_class()
    {
        var normalizer = With(new LexiconEntry("Etxeberria", "etch eh beh REE ah"));
        Assert.Equal("Mayor etch eh beh ree ah spoke.", normalizer.NormalizeToText("Mayor Etxeberria spoke."));

        var lexicon = PronunciationLexicon.Parse("""{"version": 1, "entries": [{"written": "Etxeberria", "spoken": "etch eh beh REE ah"}]}""");
        var loaded = new TextNormalizer(EnglishNumberWords.Instance, lexicon: lexicon);
        var (words, _) = loaded.Normalize("Mayor Etxeberria spoke.", new TextSpan(0, 23));
        Assert.Equal(["Mayor", "etch", "eh", "beh", "ree", "ah", "spoke"], words.Select(w => w.Spoken));
        Assert.All(words.Skip(1).Take(5), w => Assert.Equal("lexicon", w.Class));
        Assert.All(words.Skip(1).Take(5), w => Assert.Equal(new TextSpan(6, 10), w.Source));
    }

    [Fact]
    public void Case_sensitive_entries_match_only_their_capitalisation()
    {
        var normalizer = With(new LexiconEntry("Nice", "neece", CaseSensitive: true), new LexiconEntry("mcteague", "mick teeg"));
        Assert.Equal("They flew to neece.", normalizer.NormalizeToText("They flew to Nice."));
        Assert.Equal("What a nice day.", normalizer.NormalizeToText("What a nice day."));
        Assert.Equal("Ask mick teeg.", normalizer.NormalizeToText("Ask McTeague."));
        Assert.Equal("Ask mick teeg.", normalizer.NormalizeToText("Ask MCTEAGUE."));
    }

    [Fact]
    public void The_longest_phrase_wins_and_its_span_covers_every_matched_word()
    {
        var normalizer = With(new LexiconEntry("Sinn", "shin"), new LexiconEntry("Sinn Fein", "shin fayn"));
        var text = "Sinn Fein won.";
        var (words, _) = normalizer.Normalize(text, new TextSpan(0, text.Length));
        Assert.Equal(["shin", "fayn", "won"], words.Select(w => w.Spoken));
        Assert.Equal(new TextSpan(0, 9), words[0].Source);
        Assert.Equal(new TextSpan(0, 9), words[1].Source);
        Assert.Equal("The shin party.", normalizer.NormalizeToText("The Sinn party."));
    }

    [Fact]
    public void Phrases_match_whole_words_only_and_never_across_a_break()
    {
        var normalizer = With(new LexiconEntry("Ali Marek", "ah lee mah rek"), new LexiconEntry("Mare", "mah ray"));
        Assert.Equal("Ali, Marek and Marekova met.", normalizer.NormalizeToText("Ali, Marek and Marekova met."));
        Assert.Equal("ah lee mah rek, Marekova's friend.", normalizer.NormalizeToText("Ali Marek, Marekova's friend."));
    }

    [Fact]
    public void A_possessive_keeps_its_ending()
    {
        var normalizer = With(new LexiconEntry("Marek", "mah rek"), new LexiconEntry("Port Alder", "port all der"));
        Assert.Equal("mah rek's boat left port all der's pier.", normalizer.NormalizeToText("Marek's boat left Port Alder's pier."));
        // A plural is another word: left alone (the tokenizer drops the trailing apostrophe).
        Assert.Equal("The Mareks boat.", normalizer.NormalizeToText("The Mareks' boat."));
    }

    [Fact]
    public void A_break_after_the_last_matched_word_is_kept()
    {
        var normalizer = With(new LexiconEntry("Marek", "mah rek"));
        var (words, _) = normalizer.Normalize("Marek, who won, left.", new TextSpan(0, 21));
        Assert.Equal(WordBreak.Comma, words[1].BreakAfter);
        Assert.Equal(WordBreak.None, words[0].BreakAfter);
    }

    [Fact]
    public void Entries_apply_after_the_passes_to_the_words_as_read()
    {
        // "Dr." is read "doctor" by a pass first; an entry for the spoken form still applies.
        var normalizer = With(new LexiconEntry("doctor Marek", "doc mah rek"));
        Assert.Equal("We met doc mah rek.", normalizer.NormalizeToText("We met Dr. Marek."));
    }

    [Fact]
    public void An_entry_without_a_part_of_speech_wins_when_the_sentence_does_not_tell()
    {
        var normalizer = With(new LexiconEntry("Reading", "redding", PartOfSpeech: "noun"), new LexiconEntry("Reading", "redding town"));
        Assert.Equal("In redding.", normalizer.NormalizeToText("In Reading."));
        Assert.Equal("Crowds redding town cheered.", normalizer.NormalizeToText("Crowds Reading cheered."));
    }

    [Fact]
    public void The_content_hash_ignores_order_and_notices_edits()
    {
        var a = new PronunciationLexicon(1, [new("Marek", "mah rek"), new("Etxeberria", "etch eh beh ree ah")]);
        var b = new PronunciationLexicon(2, [new("Etxeberria", "etch eh beh ree ah"), new("Marek", "mah rek")]);
        var c = new PronunciationLexicon(2, [new("Etxeberria", "etch eh beh ree ah"), new("Marek", "lee man")]);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(b.ContentHash, c.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", a.ContentHash);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void ScriptOptions_carry_the_lexicon_into_the_script()
    {
        var article = new Aloud.Ingest.Article(null, null, null, "en", null, [new(Aloud.Ingest.BlockKind.Paragraph, "Marek won.")]);
        var script = new ScriptWriter(new ScriptOptions { Lexicon = new PronunciationLexicon(1, [new("Marek", "mah rek")]) }).Write(article);
        Assert.Equal("mah rek won.", script.Sentences[0].SpokenText);
    }
}
