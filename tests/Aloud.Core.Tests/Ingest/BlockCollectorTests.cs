using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Decks named in other languages (tenth blind set's class): a display line under the headline is not the story.</summary>
public class BlockCollectorTests
{
    private const string Prose = "Volunteers moved three hundred stranded turtles to warm tanks in the harbour town, the state environment office said.";
    private const string More = "The animals will go back to the sea once the water is warmer than sixteen degrees, probably next week.";

    private static IReadOnlyList<string> Texts(string deck) =>
        HtmlArticleExtractor.Extract($"<html><body><article><h1>Turtles rescued after cold snap</h1>{deck}<p>{Prose}</p><p>{More}</p></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<h2 class='nota-sumario'>Los ejemplares volverán al mar cuando suba la temperatura</h2>")]
    [InlineData("<p class='bajada'>Los animales pasarán la semana en tinas de agua templada</p>")]
    [InlineData("<h2 class='articolo-sommario'>Gli animali torneranno in mare la prossima settimana</h2>")]
    public void A_deck_named_in_spanish_or_italian_without_a_stop_is_not_read(string deck) =>
        Assert.Equal([Prose, More], Texts(deck));

    [Theory]
    [InlineData("<div class='live__header'><p class='live__standfirst'>Updates as the turtles go back into warm tanks</p></div>")]
    [InlineData("<p class='article-strapline'>Three hundred animals moved in a night</p>")]
    public void A_standfirst_or_strapline_without_a_stop_is_a_deck_and_not_read(string deck) =>
        Assert.Equal([Prose, More], Texts(deck));

    [Fact]
    public void A_deck_that_is_a_sentence_is_read() =>
        Assert.Equal(["Los animales pasarán la semana en tinas de agua templada.", Prose, More],
            Texts("<p class='bajada'>Los animales pasarán la semana en tinas de agua templada.</p>"));
}
