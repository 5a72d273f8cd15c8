using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Classes found on the fifth blind page set (eval/extraction/blind-5): the story pages of big news sites.</summary>
public class EndMatterTests
{
    private const string Prose = "The harbour board voted on Tuesday to rebuild the east pier, which has been closed to walkers since the storm in March.";
    private const string More = "Work is due to start in the spring and will take about eighteen months, the board's chair said after the meeting.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("Kaynak: Kuzey Ege Haber")]
    [InlineData("Source: Harbour Board figures")]
    [InlineData("Fuente: Ayuntamiento de Valdeluz")]
    [InlineData("Zdroj: Krajský úřad Olomouckého kraje")]
    [InlineData("Forrás: Somogyi Hírlap")]
    [InlineData("ขอบคุณข้อมูล: สำนักงานเกษตรอำเภอแม่ลาว")]
    [InlineData("ที่มา: กรมอุตุนิยมวิทยา")]
    [InlineData("Tomas Arden covers transport for the Valley Courier. Reach him at tomas@courier.test.")]
    [InlineData("A version of this article appears in print on Dec. 2, 2026, Section A, Page 14 with the headline: Pier to Be Rebuilt.")]
    [InlineData("Published in the print edition of the March 3, 2026, issue, with the headline “Low Water.”")]
    [InlineData("Reporting by Ana Sorel; Additional reporting by Piet Haan; Editing by Mark Tulloch")]
    [InlineData("Our Standards: The Harbour Post Trust Principles.")]
    [InlineData("Purchase Licensing Rights, opens new tab")]
    [InlineData("We pay for your stories! Email the news desk at tips@example.org.")]
    [InlineData("Get the best of The Monthly Ledger in your in-box every week.")]
    [InlineData("Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.")]
    [InlineData("Suscríbete para seguir leyendo. Lee sin límites")]
    [InlineData("Sobre la firma")]
    [InlineData("Lire aussi |")]
    [InlineData("Baca juga: Jembatan Baru Dibuka untuk Warga")]
    [InlineData("LEGGI ANCHE")]
    [InlineData("Related topics")]
    [InlineData("المصدر: صحيفة الميناء")]
    [InlineData("📲 Participe do canal do Jornal da Serra no WhatsApp")]
    [InlineData("Ikuti kabar terbaru Harian Pesisir di Google News dan kanal WhatsApp kami.")]
    [InlineData("Follow the Valley Courier on Google News for more local stories.")]
    [InlineData("(abc/def)")]
    [InlineData("(ams / rdp)")]
    [InlineData("Journal reference: Coastal Geology Review, DOI: 10.0000/cgr.2026.0042")]
    [InlineData("Tomas Arden can be reached at 555-0188 or tarden@courier.test.")]
    // Follow pitches in any language end by naming the channel; a wire story's associated-reporting credit.
    [InlineData("Urmăriți Jurnalul de Olt pe Facebook și pe Google News.")]
    [InlineData("செய்திகளை உடனுக்குடன் அறிய Telegram சேனலில் இணையுங்கள்")]
    [InlineData("ติดตามข่าวเมืองเหนือได้ทาง LINE")]
    [InlineData("Associated reporting by Tane Ruru in Wellington.")]
    // The tenth set's: a host's republication note, an obituary host's notes, a crew credit, a recipe card's tester
    // and its questions address, an editor's credit in brackets.
    [InlineData("This article was originally published by Harbour Weekly, an independent newsroom, and is republished here with permission.")]
    [InlineData("This story first appeared in the Valley Courier and is republished under a Creative Commons license.")]
    [InlineData("Published by Port Ellis Herald from Nov. 2 to Nov. 4, 2026.")]
    [InlineData("Published by Marsh & Sons Funeral Home on Oct. 30, 2026.")]
    [InlineData("Arrangements by Tollan Family Funeral Home.")]
    [InlineData("Funeral arrangements are entrusted to Ridge Chapel.")]
    [InlineData("Walter Brandt's Obituary")]
    [InlineData("Low Water is produced by Estuary Sound. This episode was reported by Ana Sorel and edited by Piet Haan.")]
    [InlineData("Tested by Mara Velt; email questions to kitchen@courier.test.")]
    [InlineData("Send your questions to food@courier.test and we will answer them next week.")]
    [InlineData("（編輯：陳美玲）")]
    [InlineData("(Editor: Ana Sorel)")]
    [InlineData("Read our corrections policy or report an error.")]
    [InlineData("See our editorial standards.")]
    // The twelfth set's: a wire credit after a leading dash, a bare DOI line, a podcast plug, a legal story's counsel
    // and case lines, and a blog's dash-and-names sign-off.
    [InlineData("--Editing by Ruth Calder.")]
    [InlineData("— Reporting by Ana Sorel; Editing by Piet Haan")]
    [InlineData("doi: 10.4821/hx.qq2210")]
    [InlineData("Hear the newest episode of Quayside Talk, out every Thursday wherever you get your podcasts.")]
    [InlineData("The tenants are represented by Oren Vale of Vale & Marsh LLP.")]
    [InlineData("The water board is represented by Ida Brenn and Tom Lusk of Harrow Quill PLLC.")]
    [InlineData("The case is Calder v. Eastmere Water Board, case number B220917, in the Superior Court of the State, Lowfield County.")]
    [InlineData("- Ruth & Tom")]
    [InlineData("— Ruth")]
    public void End_matter_lines_are_not_read(string line) => Assert.True(EndMatter.IsEndMatter(line));

    [Theory]
    // Story sentences that start the same way, or mention the same things, are kept.
    [InlineData("Reporting by the council's auditors found that the pier fund had been spent twice.")]
    [InlineData("The harbour master said the ferry company would join a WhatsApp group with residents to report damage quickly, and that the group already had two hundred members.")]
    [InlineData("(Reuters)")]
    [InlineData("The council first posted the closure notice on WhatsApp and Google News, then on its own site, and only on Friday did the ferry company follow it.")]
    [InlineData("Residents were told to stand in line at the ferry office.")]
    [InlineData("Mayor Ines Varga can be reached at any of her Saturday surgeries, her office said.")]
    [InlineData("The documentary is produced by a small studio in the harbour town, its director said.")]
    [InlineData("Arrangements by the council for the ferry crossing will change in the spring, when the new timetable starts.")]
    [InlineData("This story was first published in March, and we have since learned that the pier fund had been spent twice.")]
    [InlineData("Published by the council on Monday, the report found that the pier fund had been spent twice in 2025.")]
    [InlineData("Read our corrections policy, the council told the paper, before asking for a retraction of the story about the pier fund.")]
    [InlineData("The tenants, who are represented by a housing charity, said they would appeal.")]
    [InlineData("The case is the first of its kind to reach the court, lawyers for both sides said.")]
    [InlineData("Associated Press writer Ana Sorel contributed to this report.")]
    [InlineData("- 3 eggs")]
    [InlineData("DOI numbers are assigned to every paper the journal publishes, its editor said.")]
    public void Story_sentences_that_look_alike_stay(string line) => Assert.False(EndMatter.IsEndMatter(line));

    [Fact]
    public void Typist_initials_closing_a_story_are_not_read_but_a_one_word_list_item_is()
    {
        Assert.Equal([Prose, More], Texts($"<article><p>{Prose}</p><p>{More}</p><p class='cierre'>fcr</p></article>"));
        Assert.Equal([Prose, "git", More], Texts($"<article><p>{Prose}</p><ul><li>git</li></ul><p>{More}</p></article>"));
        Assert.False(EndMatter.IsTypistInitials("Yes."));
        Assert.False(EndMatter.IsTypistInitials("FCR"));
    }

    [Fact]
    public void An_author_bio_that_opens_with_a_link_to_the_author_page_is_dropped()
    {
        var texts = Texts($"<article><p>{Prose}</p><p>{More}</p>"
            + "<div class='x9'><p><span><a href='/by/ana-sorel'>Ana Sorel</a> covers the coast and its towns for the Metro desk.</span> <a href='/by/ana-sorel'>More about Ana Sorel</a></p></div></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_story_paragraph_that_merely_contains_a_link_stays()
    {
        var linked = "The board's chair, <a href='/by/ana-sorel'>quoted here last month</a>, said the pier would reopen in stages.";
        var texts = Texts($"<article><p>{Prose}</p><p>{linked}</p></article>");
        Assert.Equal(2, texts.Count);
    }

    [Fact]
    public void A_bio_named_by_its_class_is_dropped()
    {
        var texts = Texts($"<article><p>{Prose}</p><p>{More}</p><div class='authors-bio'><p><strong>Ana Sorel</strong> Ana covers the coast. She has reported from the harbour towns for nine years.</p></div></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void Paragraphs_marked_as_behind_the_paywall_are_the_story()
    {
        // Magazine sites mark every story paragraph "paywall"; the wall's stub is judged by what it says.
        var texts = Texts($"<article><h1>The Pier</h1><div class='body'><p class='paywall'>{Prose}</p><p class='paywall'>{More}</p></div>"
            + "<div class='paywall-stub'><p>Subscribe to keep reading. Cancel anytime.</p></div></article>");
        Assert.Equal([Prose, More], texts);
    }
}
