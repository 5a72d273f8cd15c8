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
        var normalizer = With(new LexiconEntry("Ibarreche", "ee bar ETCH ay"));
        Assert.Equal("Mayor ee bar etch ay spoke.", normalizer.NormalizeToText("Mayor Ibarreche spoke."));

        var lexicon = PronunciationLexicon.Parse("""{"version": 1, "entries": [{"written": "Ibarreche", "spoken": "ee bar ETCH ay"}]}""");
        var loaded = new TextNormalizer(EnglishNumberWords.Instance, lexicon: lexicon);
        var (words, _) = loaded.Normalize("Mayor Ibarreche spoke.", new TextSpan(0, 22));
        Assert.Equal(["Mayor", "ee", "bar", "etch", "ay", "spoke"], words.Select(w => w.Spoken));
        Assert.All(words.Skip(1).Take(4), w => Assert.Equal("lexicon", w.Class));
        Assert.All(words.Skip(1).Take(4), w => Assert.Equal(new TextSpan(6, 9), w.Source));
    }

    [Fact]
    public void Case_sensitive_entries_match_only_their_capitalisation()
    {
        var normalizer = With(new LexiconEntry("Nice", "neece", CaseSensitive: true), new LexiconEntry("mcquarrie", "mick kwarry"));
        Assert.Equal("They flew to neece.", normalizer.NormalizeToText("They flew to Nice."));
        Assert.Equal("What a nice day.", normalizer.NormalizeToText("What a nice day."));
        Assert.Equal("Ask mick kwarry.", normalizer.NormalizeToText("Ask McQuarrie."));
        Assert.Equal("Ask mick kwarry.", normalizer.NormalizeToText("Ask MCQUARRIE."));
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
        var normalizer = With(new LexiconEntry("Ali Liman", "ah lee lee mahn"), new LexiconEntry("Lima", "lee ma"));
        Assert.Equal("Ali, Liman and Limanova met.", normalizer.NormalizeToText("Ali, Liman and Limanova met."));
        Assert.Equal("ah lee lee mahn, Limanova's friend.", normalizer.NormalizeToText("Ali Liman, Limanova's friend."));
    }

    [Fact]
    public void A_possessive_keeps_its_ending()
    {
        var normalizer = With(new LexiconEntry("Liman", "lee mahn"), new LexiconEntry("Port Alder", "port all der"));
        Assert.Equal("lee mahn's boat left port all der's pier.", normalizer.NormalizeToText("Liman's boat left Port Alder's pier."));
        // A plural is another word: left alone (the tokenizer drops the trailing apostrophe).
        Assert.Equal("The Limans boat.", normalizer.NormalizeToText("The Limans' boat."));
    }

    [Fact]
    public void A_break_after_the_last_matched_word_is_kept()
    {
        var normalizer = With(new LexiconEntry("Liman", "lee mahn"));
        var (words, _) = normalizer.Normalize("Liman, who won, left.", new TextSpan(0, 21));
        Assert.Equal(WordBreak.Comma, words[1].BreakAfter);
        Assert.Equal(WordBreak.None, words[0].BreakAfter);
    }

    [Fact]
    public void Entries_apply_after_the_passes_to_the_words_as_read()
    {
        // "Dr." is read "doctor" by a pass first; an entry for the spoken form still applies.
        var normalizer = With(new LexiconEntry("doctor Liman", "doc lee mahn"));
        Assert.Equal("We met doc lee mahn.", normalizer.NormalizeToText("We met Dr. Liman."));
    }

    [Fact]
    public void An_entry_without_a_part_of_speech_is_preferred()
    {
        var normalizer = With(new LexiconEntry("Reading", "redding", PartOfSpeech: "noun"), new LexiconEntry("Reading", "redding town"));
        Assert.Equal("In redding town.", normalizer.NormalizeToText("In Reading."));
    }

    [Fact]
    public void The_content_hash_ignores_order_and_notices_edits()
    {
        var a = new PronunciationLexicon(1, [new("Liman", "lee mahn"), new("Ibarreche", "ee bar etch ay")]);
        var b = new PronunciationLexicon(2, [new("Ibarreche", "ee bar etch ay"), new("Liman", "lee mahn")]);
        var c = new PronunciationLexicon(2, [new("Ibarreche", "ee bar etch ay"), new("Liman", "lee man")]);
        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.NotEqual(b.ContentHash, c.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", a.ContentHash);
        Assert.Equal(2, c.Version);
    }

    [Fact]
    public void ScriptOptions_carry_the_lexicon_into_the_script()
    {
        var article = new Aloud.Ingest.Article(null, null, null, "en", null, [new(Aloud.Ingest.BlockKind.Paragraph, "Liman won.")]);
        var script = new ScriptWriter(new ScriptOptions { Lexicon = new PronunciationLexicon(1, [new("Liman", "lee mahn")]) }).Write(article);
        Assert.Equal("lee mahn won.", script.Sentences[0].SpokenText);
    }
}
