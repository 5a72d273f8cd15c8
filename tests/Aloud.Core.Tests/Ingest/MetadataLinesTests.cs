using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A publishing and update stamp is page metadata in any of the languages a news site labels it in.</summary>
public class MetadataLinesTests
{
    [Theory]
    [InlineData("Publié le 4 décembre 2026 à 17 h 05 | Mis à jour à 18 h 20")]
    [InlineData("Published 4 December 2026 at 5:05 pm | Updated 6:20 pm")]
    [InlineData("Publicado el 3 de diciembre de 2026")]
    [InlineData("Publicerad 3 december 2026 kl 06.00")]
    [InlineData("Mis à jour le 5 décembre 2026")]
    public void A_labelled_stamp_is_metadata(string line) => Assert.True(MetadataLines.IsMetadataLine(line));

    [Theory]
    [InlineData("Publié le 4 décembre 2026, le rapport recommande de fermer deux écoles du quartier.")]
    [InlineData("Published in 2026, the report found that most bins were never emptied on time.")]
    public void A_sentence_that_opens_with_the_label_is_not(string line) => Assert.False(MetadataLines.IsMetadataLine(line));
}
