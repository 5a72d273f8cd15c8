using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;

namespace Aloud.Tests.Script.Lexicon;

public class LexiconChangeTests
{
    private static readonly PronunciationLexicon V1 = new(1, [new("Liman", "lee mahn"), new("Ibarreche", "ee bar etch ay"), new("Port Alder", "port all der")]);

    [Fact]
    public void Added_removed_and_changed_entries_are_the_change()
    {
        var v2 = new PronunciationLexicon(2, [new("Liman", "lee mun"), new("Port Alder", "port all der"), new("Okonkwo", "oh konk woh")]);
        var change = v2.ChangesSince(V1);
        Assert.Equal(["Ibarreche", "Liman", "Liman", "Okonkwo"], change.Changed.Select(e => e.Written).Order());
        Assert.True(LexiconChange.Between(V1, new PronunciationLexicon(9, V1.Entries.Reverse())).IsEmpty);
    }

    [Theory]
    [InlineData("Mayor Liman spoke.", true)]
    [InlineData("LIMAN's office said no.", true)]
    [InlineData("Limanova spoke.", false)]
    [InlineData("The harbor at Port Alder.", false)]
    [InlineData("Okonkwo arrived.", true)]
    public void Only_sentences_holding_a_changed_entry_are_affected(string sentence, bool affected)
    {
        var v2 = new PronunciationLexicon(2, [new("Liman", "lee mun"), new("Ibarreche", "ee bar etch ay"), new("Port Alder", "port all der"), new("Okonkwo", "oh konk woh")]);
        Assert.Equal(affected, v2.ChangesSince(V1).Affects(sentence));
    }

    [Fact]
    public void A_changed_phrase_matches_across_line_breaks_and_script_sentences_are_checked()
    {
        var v2 = new PronunciationLexicon(2, [new("Liman", "lee mahn"), new("Ibarreche", "ee bar etch ay")]);
        var change = v2.ChangesSince(V1);
        Assert.True(change.Affects("Boats left Port\nAlder at dawn."));

        var article = new Article(null, null, null, "en", null, [new(BlockKind.Paragraph, "Boats left Port Alder. Liman waved.")]);
        var script = new ScriptWriter(new ScriptOptions { Lexicon = V1 }).Write(article);
        Assert.Equal([true, false], script.Sentences.Select(s => change.Affects(script, s)));
    }
}
