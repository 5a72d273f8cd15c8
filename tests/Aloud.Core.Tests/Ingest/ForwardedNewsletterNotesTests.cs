using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A newsletter's plea to readers who were forwarded it is about the mailing, not the story.</summary>
public class ForwardedNewsletterNotesTests
{
    [Theory]
    [InlineData("Thanks for reading. If someone forwarded this to you, you can sign up here.")]
    [InlineData("Was this email forwarded to you? Subscribe to get the next one.")]
    [InlineData("On vous a transféré cette lettre ? Inscrivez-vous ici.")]
    [InlineData("Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden.")]
    public void A_forwarded_plea_is_recognised(string line) => Assert.True(ForwardedNewsletterNotes.IsForwardedNote(line));

    [Theory]
    [InlineData("The clerk said she forwarded the complaint to the state auditor in March.")]
    [InlineData("We will be at the December 15 meeting and will have a full report in the next issue.")]
    public void A_story_sentence_is_not(string line) => Assert.False(ForwardedNewsletterNotes.IsForwardedNote(line));
}
