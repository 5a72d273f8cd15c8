using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AcronymPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Three CEOs resigned.", "Three C E O's resigned.")]
    [InlineData("Bring two IDs.", "Bring two I D's.")]
    [InlineData("PETS: Ragdoll kittens, vet checked.", "PETS, Ragdoll kittens, vet checked.")]
    [InlineData("MPS: vote tonight.", "M P S, vote tonight.")]
    [InlineData("The JOBS report is out.", "The J O B S report is out.")]
    [InlineData("The FBI's report", "The F B I's report.")]
    // A neutral citation's court after the bracketed year is spelled, whatever its letters.
    [InlineData("See [2024] EWHC 88 on costs.", "See, twenty twenty-four, E W H C eighty-eight on costs.")]
    [InlineData("the SUVs' owners", "the S U V's owners.")]
    [InlineData("They tested ICBMs.", "They tested I C B M's.")]
    [InlineData("The IAEA visited.", "The I A E A visited.")]
    [InlineData("NATO's summit", "NATO's summit.")]
    [InlineData("CERN and UNICEF", "CERN and UNICEF.")]
    [InlineData("The FBI opened a case.", "The F B I opened a case.")]
    [InlineData("An NYPD officer spoke.", "An N Y P D officer spoke.")]
    [InlineData("The ACLU sued.", "The A C L U sued.")]
    [InlineData("The BBC reported it.", "The B B C reported it.")]
    // Longer ones that cannot be said because of how they begin.
    [InlineData("The NHTSA recalled cars.", "The N H T S A recalled cars.")]
    [InlineData("A WFTU delegate spoke.", "A W F T U delegate spoke.")]
    // Said as words.
    [InlineData("NATO allies met NASA staff.", "NATO allies met NASA staff.")]
    [InlineData("ICE agents arrived.", "ICE agents arrived.")]
    [InlineData("SWAT teams and BRICS leaders came.", "SWAT teams and BRICS leaders came.")]
    // A shouted headline is not a row of acronyms.
    [InlineData("STORM HITS THE CITY", "STORM HITS THE CITY.")]
    [InlineData("Sales are up 9% YTD.", "Sales are up nine percent year to date.")]
    [InlineData("Senate OKs budget deal.", "Senate okays budget deal.")]
    [InlineData("The board OK'd the plan.", "The board okayed the plan.")]
    // An initialism with one small letter inside is spelled whole.
    [InlineData("The CrPC was amended.", "The C R P C was amended.")]
    [InlineData("McKenna met DeLuca.", "McKenna met DeLuca.")]
    public void SpellsOnlyLetterAbbreviations(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
