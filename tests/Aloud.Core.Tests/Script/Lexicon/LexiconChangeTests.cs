using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;

namespace Aloud.Tests.Script.Lexicon;

public class LexiconChangeTests
{
    private static readonly PronunciationLexicon V1 = new(1, [new("Marek", "mah rek"), new("Etxeberria", "etch eh beh ree ah"), new("Port Alder", "port all der")]);

    [Fact]
    public void Added_removed_and_changed_entries_are_the_change()
    {
        var v2 = new PronunciationLexicon(2, [new("Marek", "mar ek"), new("Port Alder", "port all der"), new("Okonkwo", "oh konk woh")]);
        var change = v2.ChangesSince(V1);
        Assert.Equal(["Etxeberria", "Marek", "Marek", "Okonkwo"], change.Changed.Select(e => e.Written).Order());
        Assert.True(LexiconChange.Between(V1, new PronunciationLexicon(9, V1.Entries.Reverse())).IsEmpty);
    }

    [Theory]
    [InlineData("Mayor Marek spoke.", true)]
    [InlineData("MAREK's office said no.", true)]
    [InlineData("Marekova spoke.", false)]
    [InlineData("The harbor at Port Alder.", false)]
    [InlineData("Okonkwo arrived.", true)]
    public void Only_sentences_holding_a_changed_entry_are_affected(string sentence, bool affected)
    {
        var v2 = new PronunciationLexicon(2, [new("Marek", "mar ek"), new("Etxeberria", "etch eh beh ree ah"), new("Port Alder", "port all der"), new("Okonkwo", "oh konk woh")]);
        Assert.Equal(affected, v2.ChangesSince(V1).Affects(sentence));
    }

    [Fact]
    public void A_changed_phrase_matches_across_line_breaks_and_script_sentences_are_checked()
    {
        var v2 = new PronunciationLexicon(2, [new("Marek", "mah rek"), new("Etxeberria", "etch eh beh ree ah")]);
        var change = v2.ChangesSince(V1);
        Assert.True(change.Affects("Boats left Port\nAlder at dawn."));

        var article = new Article(null, null, null, "en", null, [new(BlockKind.Paragraph, "Boats left Port Alder. Marek waved.")]);
        var script = new ScriptWriter(new ScriptOptions { Lexicon = V1 }).Write(article);
        Assert.Equal([true, false], script.Sentences.Select(s => change.Affects(script, s)));
    }
}
