using Aloud.Ingest;
using Aloud.Script;

namespace Aloud.Tests.Script;

/// <summary>The only detection: long unmarked blocks in a script of one language; never a shared script, never a short phrase.</summary>
public class LanguageByScriptTests
{
    [Theory]
    [InlineData("Το πλοίο φεύγει κάθε πρωί από το λιμάνι της πόλης.", "el")]
    [InlineData("הספינה יוצאת מהנמל בכל בוקר בשעה שמונה בדיוק.", "he")]
    [InlineData("배는 매일 아침 여덟 시에 항구에서 출발합니다 그리고 저녁에 돌아옵니다.", "ko")]
    [InlineData("船は毎朝八時に港を出発して、夕方には島から戻ってきます。天気が悪い日は運休になることもあります。", "ja")]
    [InlineData("Паром отправляется каждое утро из порта в восемь часов.", null)]   // Cyrillic: Russian, Ukrainian, Bulgarian...
    [InlineData("تغادر العبارة الميناء كل صباح في الساعة الثامنة تماما.", null)]  // Arabic script: Arabic, Persian, Urdu...
    [InlineData("渡轮每天早上八点从港口出发，傍晚从岛上返回这里。天气不好的时候渡轮会停航。", null)] // Han alone: Chinese or Japanese
    [InlineData("The α-helix and β-sheet were measured at 20 °C in the new lab.", null)]
    [InlineData("Το πλοίο φεύγει.", null)]                                          // too short to be sure
    public void Only_a_long_block_in_a_script_of_one_language_is_detected(string text, string? expected) =>
        Assert.Equal(expected, LanguageByScript.Detect(text));

    [Fact]
    public void An_unmarked_greek_paragraph_in_an_english_article_is_greek_and_in_a_greek_article_it_is_not_marked()
    {
        const string greek = "Το πλοίο φεύγει κάθε πρωί από το λιμάνι της πόλης.";
        Article Of(string language) => new(null, null, null, language, null,
            [new ArticleBlock(BlockKind.Paragraph, "The ferry leaves every morning."), new ArticleBlock(BlockKind.Quote, greek)]);

        var english = new ScriptWriter().Write(Of("en"));
        Assert.Equal([null, "el"], english.Sentences.Select(s => s.Language));
        Assert.All(new ScriptWriter().Write(Of("el-GR")).Sentences, s => Assert.Null(s.Language));
    }

    [Fact]
    public void Markup_wins_over_the_script()
    {
        const string text = "Το πλοίο φεύγει κάθε πρωί από το λιμάνι της πόλης.";
        var block = new ArticleBlock(BlockKind.Paragraph, text) { Languages = [new(new TextSpan(0, text.Length), "grc")] };
        var script = new ScriptWriter().Write(new Article(null, null, null, "en", null, [block]));
        Assert.Equal("grc", Assert.Single(script.Sentences).Language);
    }
}
