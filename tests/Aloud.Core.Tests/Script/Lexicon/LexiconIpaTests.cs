using Aloud.Script;
using Aloud.Script.Lexicon;
using Aloud.Speech;

namespace Aloud.Tests.Script.Lexicon;

public class LexiconIpaTests
{
    private static IReadOnlyList<ScriptWord> Read(string text, params LexiconEntry[] entries) =>
        new TextNormalizer(EnglishNumberWords.Instance, lexicon: new PronunciationLexicon(1, entries))
            .Normalize(text, new TextSpan(0, text.Length)).Words;

    [Fact]
    public void An_ipa_only_entry_keeps_the_written_word_and_gives_it_the_phones()
    {
        var words = Read("Mayor Xochitlan spoke.", new LexiconEntry("Xochitlan", null, Ipa: "soʊˈtʃiːtlɑn"));

        Assert.Equal(["Mayor", "Xochitlan", "spoke"], words.Select(w => w.Spoken));
        Assert.Equal("s ow0 ch iy1 t l aa0 n", words[1].Pronunciation?.Text);
        Assert.Equal("lexicon", words[1].Class);
        Assert.Equal(new TextSpan(6, 9), words[1].Source);
        Assert.Null(words[0].Pronunciation);
        Assert.Null(words[2].Pronunciation);
    }

    [Fact]
    public void A_phrase_gives_each_written_word_its_ipa_word()
    {
        var words = Read("We sailed from Port Alder, then home.", new LexiconEntry("Port Alder", null, Ipa: "ˈpɔɹt ˈɔldɚ"));

        Assert.Equal(["p ao1 r t", "ao1 l d er0"], words.Skip(3).Take(2).Select(w => w.Pronunciation?.Text));
        Assert.Equal(["Port", "Alder"], words.Skip(3).Take(2).Select(w => w.Spoken));
        Assert.Equal(WordBreak.Comma, words[4].BreakAfter);
    }

    [Fact]
    public void A_respelling_with_as_many_ipa_words_is_shown_and_said_word_by_word()
    {
        var words = Read("Quenby Road", new LexiconEntry("Quenby", "KWEN bee", Ipa: "ˈkwɛn bi"));

        Assert.Equal(["kwen", "bee", "Road"], words.Select(w => w.Spoken));
        Assert.Equal(["k w eh1 n", "b iy1", null], words.Select(w => w.Pronunciation?.Text));
    }

    [Fact]
    public void Ipa_that_does_not_line_up_with_the_respelling_makes_one_word_of_it()
    {
        var words = Read("Quenby's Road", new LexiconEntry("Quenby", "KWEN bee", Ipa: "ˈkwɛnbi"));

        Assert.Equal(["kwen bee's", "Road"], words.Select(w => w.Spoken));
        Assert.Equal("k w eh1 n b iy0 z", words[0].Pronunciation?.Text);
        Assert.Equal(new TextSpan(0, 8), words[0].Source);
    }

    [Fact]
    public void A_possessive_adds_its_sound_to_the_ipa()
    {
        var words = Read("Xochitlan's harbour and Ruiz's boat", new LexiconEntry("Xochitlan", null, Ipa: "soʊˈtʃiːtlɑn"), new LexiconEntry("Ruiz", null, Ipa: "ɹuˈis"));

        Assert.Equal("Xochitlan's", words[0].Spoken);
        Assert.EndsWith("aa0 n z", words[0].Pronunciation?.Text);
        Assert.Equal("Ruiz's", words[3].Spoken);
        Assert.EndsWith("iy1 s ih0 z", words[3].Pronunciation?.Text);
    }

    [Fact]
    public void The_speech_sentence_carries_the_pronunciation_to_the_engine()
    {
        var words = Read("Xochitlan spoke.", new LexiconEntry("Xochitlan", null, Ipa: "soʊˈtʃiːtlɑn"));
        var speech = new ScriptSentence(0, new TextSpan(0, 16), words, '.', SentencePause.Sentence).ToSpeech();

        Assert.Equal("Xochitlan", speech.Words[0].Text);
        Assert.Equal(words[0].Pronunciation, speech.Words[0].Pronunciation);
        Assert.Null(speech.Words[1].Pronunciation);
    }

    [Fact]
    public void The_hash_and_change_list_notice_an_ipa_edit()
    {
        var before = new PronunciationLexicon(1, [new LexiconEntry("Xochitlan", null, Ipa: "soʊˈtʃiːtlɑn")]);
        var after = new PronunciationLexicon(1, [new LexiconEntry("Xochitlan", null, Ipa: "ʃoʊˈtʃiːtlɑn")]);

        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.True(after.ChangesSince(before).Affects("Mayor Xochitlan spoke."));
    }
}
