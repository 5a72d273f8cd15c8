using Aloud.Speech.Kokoro;
using Aloud.Speech.Piper;

namespace Aloud.Tests.Speech.Kokoro;

/// <summary>IPA to Kokoro's vocabulary, and long sentences cut into calls.</summary>
public sealed class KokoroTokensTests
{
    private static PhonemizedSentence Phonemes(params string[] words) =>
        new(words.SelectMany((w, i) => w.Select(c => new PhonemeToken(c.ToString(), i)).Append(new PhonemeToken(i == words.Length - 1 ? "." : " ", -1))).ToList());

    private static string Said(IEnumerable<KokoroToken> tokens) => string.Concat(tokens.Select(t => t.Phoneme));

    [Fact]
    public void KnownPhonemesMapToTheirIdsAndTheRestIsSubstitutedDroppedOrSkipped()
    {
        // The vocabulary lacks r and the tie bar; "☃" is in no table.
        var config = KokoroConfig.Parse(TinyKokoro.Config("r", "\u0361"), "test");
        var sentence = Phonemes("rat", "t\u0361ʃa", "ça", "a☃");
        var tokens = KokoroTokens.Map(sentence, config, out var skipped);

        Assert.Equal("ɹat tʃa ça a.", Said(tokens));
        Assert.Equal(["☃"], skipped);
        Assert.Equal(TinyKokoro.Id("ɹ"), tokens[0].Id);
        Assert.Equal(TinyKokoro.Id("ç"), tokens.Single(t => t.Phoneme == "ç").Id);
        Assert.Equal([0, 0, 0, -1, 1, 1, 1, -1, 2, 2, -1, 3, -1], tokens.Select(t => t.WordIndex));
    }

    [Fact]
    public void APhonemeTheVocabularyHasIsKeptEvenWhenATableWouldReplaceIt()
    {
        var tokens = KokoroTokens.Map(Phonemes("ra"), KokoroConfig.Parse(TinyKokoro.Config(), "test"), out _);
        Assert.Equal("ra.", Said(tokens));
    }

    [Fact]
    public void CallsAreCutAfterTheLastClauseMarkThatFitsThenBetweenWordsThenAtTheLimit()
    {
        var config = KokoroConfig.Parse(TinyKokoro.Config(), "test");
        var tokens = KokoroTokens.Map(new PhonemizedSentence(
        [
            .. "aaaa".Select(c => new PhonemeToken(c.ToString(), 0)), new(",", -1), new(" ", -1),
            .. "bbbb".Select(c => new PhonemeToken(c.ToString(), 1)), new(" ", -1),
            .. "cccc".Select(c => new PhonemeToken(c.ToString(), 2)), new(".", -1),
        ]), config, out _);
        string Cut(int limit) => string.Join("|", KokoroTokens.Split(tokens, limit).Select(r => Said(tokens.Skip(r.Start).Take(r.End - r.Start))));

        Assert.Equal("aaaa, bbbb cccc.", Cut(510));
        Assert.Equal("aaaa,|bbbb cccc.", Cut(12)); // the clause mark, though a word boundary would fit more
        Assert.Equal("aaaa,|bbbb|cccc.", Cut(8)); // then between words
        Assert.Equal("aaa|a,|bbb|b|ccc|c.", Cut(3)); // a word longer than a call is cut at the limit
        Assert.All(KokoroTokens.Split(tokens, 3), r => Assert.InRange(r.End - r.Start, 1, 3));
    }

    [Fact]
    public void ACallIsPaddedWithZeroAndKnowsItsWordsAndClauseMarks()
    {
        var tokens = KokoroTokens.Map(Phonemes("ab", "cd"), KokoroConfig.Parse(TinyKokoro.Config(), "test"), out _);
        var encoded = KokoroTokens.Encode(tokens, 0, tokens.Count, 3);
        Assert.Equal([0, TinyKokoro.Id("a"), TinyKokoro.Id("b"), TinyKokoro.Id(" "), TinyKokoro.Id("c"), TinyKokoro.Id("d"), TinyKokoro.Id("."), 0], encoded.Ids);
        Assert.Equal((1, 3), encoded.Words[0]);
        Assert.Equal((4, 6), encoded.Words[1]);
        Assert.Null(encoded.Words[2]);
    }

    [Fact]
    public void StyleRowIsTheTokenCountLessOneClampedToTheRows()
    {
        var style = new FloatArray([4, 1, 2], [0, 0, 1, 1, 2, 2, 3, 3]);
        Assert.Equal([0f, 0f], KokoroEngine.StyleRow(style, 1, 2));
        Assert.Equal([2f, 2f], KokoroEngine.StyleRow(style, 3, 2));
        Assert.Equal([3f, 3f], KokoroEngine.StyleRow(style, 510, 2));
    }

    [Theory]
    [InlineData("{}", "no \"vocab\"")]
    [InlineData("{\"vocab\": {\"a\": 0}}", "at least 1")]
    [InlineData("{\"vocab\": {\"ab\": 3}}", "no single-character phoneme")]
    [InlineData("{\"vocab\": {}}", "no single-character phoneme")]
    [InlineData("{\"vocab\": {\"a\": 1.5}}", "whole number")]
    [InlineData("{\"vocab\": ", "not valid JSON")]
    public void BrokenConfigIsRefusedWithAReason(string json, string reason)
    {
        var error = Assert.Throws<Aloud.Speech.VoiceFileException>(() => KokoroConfig.Parse(json, "config.json"));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("config.json", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("af_heart", "en-US")]
    [InlineData("bm_george", "en-GB")]
    [InlineData("ff_siwis", "fr-FR")]
    [InlineData("pm_alex", "pt-BR")]
    public void LanguageComesFromTheVoiceNamePrefix(string name, string language) =>
        Assert.Equal(language, KokoroLanguages.Of(name)?.Language);

    [Theory]
    [InlineData("jf_alpha")]
    [InlineData("zf_xiaobei")]
    [InlineData("heart")]
    [InlineData("qf_x")]
    public void VoicesEspeakCannotPhonemiseAreNotOffered(string name) => Assert.Null(KokoroLanguages.Of(name));
}
