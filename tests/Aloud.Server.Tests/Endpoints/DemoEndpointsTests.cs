using System.Net;
using Aloud.Server.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>/demo: absent on a plain server, 503 while the demo narrates, then the article page with the player.</summary>
public sealed class DemoEndpointsTests(NarratedArticle narrated) : IClassFixture<NarratedArticle>
{
    [Fact]
    public async Task The_demo_page_is_404_without_a_demo_503_while_narrating_then_the_article_with_the_player()
    {
        var client = narrated.App.CreateClient();
        var demo = narrated.App.Services.GetRequiredService<DemoArticle>();
        using var plain = await client.GetAsync("/demo");
        demo.Expect();
        using var narrating = await client.GetAsync("/demo");
        demo.Ready(narrated.Id);
        using var ready = await client.GetAsync("/demo");
        var page = await ready.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, narrating.StatusCode);
        Assert.True(narrating.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains($"<aloud-player article=\"{narrated.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<h1>{narrated.Title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(Samples.Paragraph(2), page, StringComparison.Ordinal);
        Assert.Equal(1, page.Split("<script").Length - 1);
    }
}
