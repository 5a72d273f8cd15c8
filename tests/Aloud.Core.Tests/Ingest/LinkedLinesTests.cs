using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Read-also lines and pitches with their button, found by shape in any language (eighth blind set's classes).</summary>
public class LinkedLinesTests
{
    private const string Prose = "The harbour board voted on Tuesday to rebuild the east pier, which has been closed to walkers since the storm in March.";
    private const string More = "Work is due to start in the spring and will take about eighteen months, the board's chair said after the meeting.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    // A label of one to three words, with or without a colon, then one link to another story: in any language.
    [InlineData("<div class='x1'><span>Veja ainda</span> <a href='/s/1'>Obras na estrada da serra adiadas</a></div>")]
    [InlineData("<div class='x2'><b>SOMA ZAIDI:</b> <a href='/s/2'>Mvua kubwa yanyesha mjini</a></div>")]
    [InlineData("<p><strong>Kuvaa pia</strong> — <a href='/s/3'>Bandari mpya yafunguliwa rasmi</a></p>")]
    [InlineData("<div class='x3'><b>อ่านต่อ</b> <a href='/s/4'>เทศบาลเปิดสวนสาธารณะแห่งใหม่ริมแม่น้ำ</a></div>")]
    [InlineData("<div class='review'>Checked by <a href='/experts/4'>Dr. Mara Lind, PhD</a></div>")]
    // The tenth set's: a label ending with a full-width colon, and a link with a thumbnail before its words.
    [InlineData("<p class='x7'><strong>延伸閱讀：</strong><a href='/s/5'>港區新碼頭明年啟用　市府擬增班次</a></p>")]
    [InlineData("<div class='x8'><span>Te sugerimos</span><a href='/s/6'><img src='/t.jpg' alt=''>Abren nuevo muelle en el puerto</a></div>")]
    // A sentence, then its button: a link of one to three words and nothing after it.
    [InlineData("<div class='x4'><p>Tilaa Rannikon Sanomat ja lue kaikki jutut. <a href='/tilaa'>Tilaa nyt</a></p></div>")]
    [InlineData("<div class='x5'><p>Fes-te amic del diari i fes possible la informació local. <a href='/alta'>Alta-t'hi</a></p></div>")]
    [InlineData("<div class='x6'><p>Your gift keeps the newsroom of the Valley Courier going. <a href='/give'>Give now</a></p></div>")]
    // The fourteenth set's: a signpost, a phrase with its colon and a link that is the rest of the line.
    [InlineData("<div class='inset'>Check before you travel over the holidays: <a href='/status'>Christmas and New Year services</a>.</div>")]
    [InlineData("<p>Mehr zum Thema Hafen und Verkehr: <a href='/s/7'>Neue Fähre ab März im Einsatz</a></p>")]
    public void Read_also_lines_and_pitches_with_a_button_are_not_read(string line) =>
        Assert.Equal([Prose, More], Texts($"<p>{Prose}</p>{line}<p>{More}</p>"));

    [Theory]
    // A story sentence with a link in it: more than a label before the link, or words after it.
    [InlineData("<p>The board's chair, <a href='/people/ines'>Ines Varga</a>, said the pier would reopen in the summer.</p>")]
    [InlineData("<p>As the council reported last week, <a href='/s/9'>the pier fund had been spent twice</a></p>")]
    [InlineData("<p>Residents can read the plan online. <a href='/plan'>Read it here</a>.</p>")]
    // A colon inside a sentence, or words after the link, and the line is the story's.
    [InlineData("<p>The chair said the board had one message for walkers: <a href='/s/8'>the pier will reopen</a> by the summer.</p>")]
    [InlineData("<p>The board's vote was close. Its chair: <a href='/people/ines'>Ines Varga, the harbour master</a>.</p>")]
    [InlineData("<p>Residents can read the plan online. <a href='/plan'>The full plan, published in March, runs to ninety pages.</a></p>")]
    // A quoted post that ends with its address is the story's quote, not a button.
    [InlineData("<p>pier. closed. again. we're. on. it. <a href='https://t.test/x'>https://t.test/AbC123</a></p>")]
    public void Story_sentences_with_a_link_stay(string line)
    {
        var texts = Texts($"<p>{Prose}</p>{line}<p>{More}</p>");
        Assert.Equal(3, texts.Count);
        Assert.Equal(More, texts[2]);
    }
}
