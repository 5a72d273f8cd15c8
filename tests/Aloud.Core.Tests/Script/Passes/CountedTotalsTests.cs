using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CountedTotalsTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A total that grew, fell or peaked at a figure glued to "m" is a count in millions.
    [InlineData("Hospital waiting lists grew to 6.3m in Wales.", "Hospital waiting lists grew to six point three million in Wales.")]
    [InlineData("Viewing figures peaked at 4.9m on Saturday.", "Viewing figures peaked at four point nine million on Saturday.")]
    [InlineData("Claimants fell to 1.2m, the lowest in a decade.", "Claimants fell to one point two million, the lowest in a decade.")]
    [InlineData("Members topped 3m last spring.", "Members topped three million last spring.")]
    public void A_total_reached_is_millions(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // The same verbs measure water, heights and field events: those keep the meters.
    [InlineData("The river rose to 3.9m in Hexley.", "The river rose to three point nine meters in Hexley.")]
    [InlineData("The tide reached 7.1m at dawn.", "The tide reached seven point one meters at dawn.")]
    [InlineData("She cleared 1.96m in Oslo.", "She cleared one point nine six meters in Oslo.")]
    [InlineData("He jumped 7.9m at the trials.", "He jumped seven point nine meters at the trials.")]
    // A figure with a thousands group is no count of millions in British copy.
    [InlineData("The road climbs 1,250m over the pass.", "The road climbs one thousand two hundred fifty meters over the pass.")]
    // No verb of change before it: as before.
    [InlineData("The gap is 2m at most.", "The gap is two meters at most.")]
    public void A_length_stays_meters(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
