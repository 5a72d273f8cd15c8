using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class GateTextTests
{
    [Theory]
    [InlineData("We and our partners store and access information on your device, such as cookies, and process personal data such as unique identifiers for personalised ads and content.")]
    [InlineData("Sign up for a free account to keep reading our local journalism, with unlimited articles, newsletters and events for members only.")]
    [InlineData("Continue reading with a subscription. Subscribers get unlimited access to every story. Already a subscriber? Log in.")]
    public void Consent_banners_and_paywall_stubs_are_gates(string text) => Assert.True(GateText.IsGate(text));

    [Theory]
    [InlineData("The streaming service added five million subscribers as the cheaper subscription drew viewers who sign up for a month at a time.")]
    [InlineData("Regulators said the company shared personal data with partners and set cookies without consent, breaking the privacy law.")]
    [InlineData("Her grandmother's cookie recipe won the county fair.")]
    [InlineData("A: Our subscription offers unlimited access for a flat fee, and our partners can target fans with offers.")]
    public void News_about_subscriptions_or_cookies_is_not_a_gate(string text) => Assert.False(GateText.IsGate(text));

    [Fact]
    public void A_paywall_stub_longer_than_the_story_is_not_chosen_as_the_article()
    {
        var story = new[] { "The town council approved a new bus shelter for the corner of Elm and Fifth on Tuesday night.", "Work is expected to start in May and take about two weeks." };
        var stub = string.Concat(Enumerable.Repeat("Sign up for a free account to keep reading our local journalism, with unlimited articles and events for members only. ", 3));
        var article = HtmlArticleExtractor.Extract($"<html><body><div class='wrap'><div class='main'><h1>Bus shelter approved</h1>{string.Concat(story.Select(p => $"<p>{p}</p>"))}</div><div class='regwall'><p>{stub}</p></div></div></body></html>");
        Assert.Equal(story, article.Blocks.Select(b => b.Text));
    }
}
