using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A note on who paid for the reporting is about the story's making, not the story.</summary>
public class FundingNoticesTests
{
    [Theory]
    [InlineData("This article was produced as part of the Local Journalism Initiative, funded by the Government of Canada.")]
    [InlineData("This story was made possible with the support of the Harwick Community Fund.")]
    [InlineData("Cet article a été produit dans le cadre de l'Initiative de journalisme local, financée par le gouvernement du Canada.")]
    [InlineData("Este reportaje fue realizado con el apoyo de la Fundación Ribera Alta.")]
    [InlineData("Dieser Beitrag entstand mit Unterstützung der Stiftung Talbrücke.")]
    public void A_funding_note_is_recognised(string line) => Assert.True(FundingNotices.IsFundingNotice(line));

    [Theory]
    [InlineData("The report was produced as part of a review of the county's roads.")]
    [InlineData("This article is about the new compost collection.")]
    public void A_story_sentence_is_not(string line) => Assert.False(FundingNotices.IsFundingNotice(line));
}
