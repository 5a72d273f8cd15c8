using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A prompt and its buttons or form, found by shape in any language (tenth blind set's class).</summary>
public class ControlBoxesTests
{
    private const string Prose = "The harbour board voted on Tuesday to rebuild the east pier, which has been closed to walkers since the storm in March.";
    private const string More = "Work is due to start in the spring and will take about eighteen months, the board's chair said after the meeting.";

    private static IReadOnlyList<string> Texts(string box) =>
        HtmlArticleExtractor.Extract($"<html><body><article><h1>East pier to be rebuilt</h1><div class='body'><p>{Prose}</p>{box}<p>{More}</p></div></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<div class='fb'><p>Was this page helpful?</p><button>Yes</button><button>No</button><a href='/report'>Report a problem</a></div>")]
    [InlineData("<div class='nk-x'><p>Følg emnet og få varsler når noe skjer.</p><button>Følg Havnestad</button></div>")]
    [InlineData("<section class='box-x'><h3>Hírek reggel</h3><p>Minden nap a város hírei a postafiókodban.</p><form><input type='email'><button>Kérem</button></form></section>")]
    [InlineData("<div class='z'><p>Get the morning briefing.</p><input type='email'><input type='submit' value='Go'></div>")]
    public void A_prompt_with_its_controls_is_not_read(string box) =>
        Assert.Equal([Prose, More], Texts(box));

    [Fact]
    public void A_story_box_with_a_button_stays_when_it_says_more_than_a_line_or_two()
    {
        var texts = Texts($"<div class='more'><p>{Prose}</p><p>{More}</p><button>Show more</button></div>");
        Assert.Equal([Prose, Prose, More, More], texts);
    }

    [Fact]
    public void A_form_that_wraps_the_story_is_no_control()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            $"<div id='page'><form id='main'><p>{Prose}</p><p>{More}</p><p>{Prose}</p><input type='submit' value='Search'></form></div>");
        Assert.False(ControlBoxes.IsPromptWithControls(document.GetElementById("page")!));
    }

    [Fact]
    public void Buttons_deeper_in_a_header_do_not_make_it_a_box()
    {
        var texts = Texts("<div class='card'><h2>Pear cake with brown butter</h2><div class='acts'><button>Print</button><button>Save</button></div></div>");
        Assert.Equal([Prose, "Pear cake with brown butter", More], texts);
    }

    [Fact]
    public void An_ingredient_with_a_checkbox_stays()
    {
        var texts = Texts("<ul><li><div class='i'><input type='checkbox'> 2 ripe pears, sliced</div></li></ul>");
        Assert.Equal([Prose, "2 ripe pears, sliced", More], texts);
    }
}
