using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;

namespace Aloud.Tests.Script;

public class ProperNounReportTests
{
    // An invented story: every name in it is made up for this test.
    private static readonly Article Story = new(
        "Lantern Festival Returns To Port Alder",
        "Mira Okonkwo",
        null,
        "en",
        null,
        [
            new(BlockKind.Paragraph, "The lanterns are back in Port Alder this Saturday. Mayor Etxeberria said the Port Alder pier reopens in March."),
            new(BlockKind.Paragraph, "Crowds came. Etxeberria thanked Marek's volunteers, and Marek thanked the crowds."),
            new(BlockKind.Paragraph, "Volunteers from Quellport helped. In Quellport, boats waited."),
        ]);

    private static Aloud.Script.Script ScriptOf(Article article) => new ScriptWriter().Write(article);

    [Fact]
    public void Names_are_counted_most_frequent_first()
    {
        var report = ProperNounReport.Create(ScriptOf(Story));
        Assert.Equal(
            [new("Marek", 2), new("Port Alder", 2), new("Quellport", 2), new("Etxeberria", 1), new("Mayor Etxeberria", 1), new("Mira Okonkwo", 1)],
            report);
    }

    [Fact]
    public void Sentence_starts_headlines_months_and_weekdays_are_not_names()
    {
        var names = ProperNounReport.Create(ScriptOf(Story)).Select(n => n.Name).ToList();
        Assert.DoesNotContain("Crowds", names);
        Assert.DoesNotContain("Volunteers", names);
        Assert.DoesNotContain("Saturday", names);
        Assert.DoesNotContain("March", names);
        Assert.DoesNotContain("Lantern Festival Returns", names);
        Assert.DoesNotContain("The", names);
        // "Etxeberria" opens a sentence but is capitalised elsewhere too (inside "Mayor Etxeberria").
        Assert.Contains("Etxeberria", names);
    }

    [Fact]
    public void Names_the_lexicon_knows_are_left_out_and_lines_are_count_tab_name()
    {
        var lexicon = new PronunciationLexicon(1, [new("Port Alder", "port all der"), new("marek", "mah rek")]);
        var report = ProperNounReport.Create(ScriptOf(Story), lexicon);
        Assert.DoesNotContain(report, n => n.Name is "Port Alder" or "Marek");
        var text = new StringWriter();
        ProperNounReport.Write(report, text);
        Assert.StartsWith("2\tQuellport\n1\tEtxeberria\n", text.ToString());
    }
}
