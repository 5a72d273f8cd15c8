using Aloud.Script.Tokens;

namespace Aloud.Tests.Script.Tokens;

/// <summary>Emoji sequences become one token each; text-style symbols stay symbols.</summary>
public class TokenizerEmojiTests
{
    private static List<Token> Tokens(string text) => Tokenizer.Tokenize(text, 0, text.Length, 0);

    [Theory]
    [InlineData("😂")]
    [InlineData("⚡")]
    [InlineData("❤\uFE0F")]
    [InlineData("©\uFE0F")]
    [InlineData("👍🏽")]
    [InlineData("☝🏿")]
    [InlineData("👩🏽\u200D⚕\uFE0F")]
    [InlineData("👨\u200D👩\u200D👧\u200D👦")]
    [InlineData("🧑🏻\u200D❤\uFE0F\u200D💋\u200D🧑🏿")]
    [InlineData("🏃\u200D♀")]
    [InlineData("❤\u200D🔥")]
    [InlineData("🏳\uFE0F\u200D🌈")]
    [InlineData("🇨🇦")]
    [InlineData("🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F")]
    [InlineData("1\uFE0F\u20E3")]
    [InlineData("#\u20E3")]
    [InlineData("*\uFE0F\u20E3")]
    [InlineData("🔟")]
    [InlineData("🏽")]
    public void A_sequence_is_one_emoji_token(string emoji)
    {
        var tokens = Tokens($"a {emoji} b");
        Assert.Equal([TokenKind.Word, TokenKind.Emoji, TokenKind.Word], tokens.Select(t => t.Kind));
        Assert.Equal(emoji, tokens[1].Text);
        Assert.Equal(2, tokens[1].Start);
    }

    [Theory]
    [InlineData("©", "Symbol")]
    [InlineData("™", "Symbol")]
    [InlineData("°", "Symbol")]
    [InlineData("❤", "Symbol")]
    [InlineData("☺\uFE0E", "Symbol")]
    [InlineData("★", "Symbol")]
    [InlineData("€", "Symbol")]
    [InlineData("‼", "Punctuation")]
    [InlineData("#", "Punctuation")]
    [InlineData("1", "Number")]
    public void A_text_symbol_without_a_selector_is_not_an_emoji(string written, string kind)
    {
        var tokens = Tokens($"a {written} b");
        Assert.Equal(Enum.Parse<TokenKind>(kind), tokens[1].Kind);
        Assert.Equal(3, tokens.Count);
    }

    [Fact]
    public void Neighbouring_emoji_are_separate_tokens_and_a_joined_chain_is_cut_at_its_limit()
    {
        Assert.Equal(["😂", "😂", "🇨🇦", "🇫🇷"], Tokens("😂😂🇨🇦🇫🇷").Select(t => t.Text));
        var chain = string.Join('\u200D', Enumerable.Repeat("👨", EmojiScanner.MaxJoinedElements + 3));
        var tokens = Tokens(chain);
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(TokenKind.Emoji, t.Kind));
        Assert.Equal((EmojiScanner.MaxJoinedElements * 3) - 1, tokens[0].Length);
    }

    [Fact]
    public void Stray_selectors_and_joiners_and_lone_surrogates_do_not_break_the_scan()
    {
        var tokens = Tokens("a \uFE0F\u200D b \uD83D c \uDE02 d\u200D");
        Assert.Equal(["a", "b", "c", "d"], tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Text));
        Assert.DoesNotContain(tokens, t => t.Kind == TokenKind.Emoji);
    }
}
