using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Tests.Script;

/// <summary>One date order for a whole article, from its language tag and text, or as the options say.</summary>
public class ScriptWriterDateOrderTests
{
    private static string Body(string language, ScriptOptions options, params string[] paragraphs) =>
        string.Join(' ', new ScriptWriter(options)
            .Write(new Article(null, null, null, language, null, [.. paragraphs.Select(p => new ArticleBlock(BlockKind.Paragraph, p))]))
            .Sentences.Select(s => s.SpokenText));

    [Theory]
    [InlineData("en-GB", "the twelfth of March")]
    [InlineData("en-US", "December third")]
    public void The_articles_language_tag_orders_its_dates(string language, string expected) =>
        Assert.Contains(expected, Body(language, new ScriptOptions(), "The attack took place on 12/03/2025, the court heard."));

    [Fact]
    public void A_cue_in_one_paragraph_orders_the_dates_in_another()
    {
        // The paragraph with the date shows nothing; the article's other paragraphs are British.
        var spoken = Body("en", new ScriptOptions(),
            "The town centre was closed for the day.",
            "The attack took place on 12/03/2025, the court heard.",
            "Costs of £400 were awarded.");
        Assert.Contains("the twelfth of March twenty twenty-five", spoken);
    }

    [Fact]
    public void The_options_override_the_article()
    {
        var options = new ScriptOptions { Dates = DateOrder.MonthFirst };
        Assert.Contains("December third", Body("en-GB", options, "The attack took place on 12/03/2025, the court heard."));
    }

    [Theory]
    [InlineData("en-GB", "three hundred and twelve")]
    [InlineData("en-US", "three hundred twelve")]
    public void A_commonwealth_article_says_and_in_its_numbers(string language, string expected) =>
        Assert.Contains(expected, Body(language, new ScriptOptions(), "The appeal raised 312 pounds in a week."));
}
