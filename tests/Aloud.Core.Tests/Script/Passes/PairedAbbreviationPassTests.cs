using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PairedAbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Kilbarry Co. Co. refused the application.", "Kilbarry County Council refused the application.")]
    [InlineData("Buses serve the Pell Lake Jr./Sr. High School.", "Buses serve the Pell Lake Junior Senior High School.")]
    [InlineData("Sen. Sgt. Ray Tolley led the search.", "Senior Sergeant Ray Tolley led the search.")]
    [InlineData("Sen. Ana Cruz voted no.", "Senator Ana Cruz voted no.")]
    public void Reads_two_abbreviations_as_one_name(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Leaves_a_single_company_alone() =>
        Assert.Contains("Company", _normalizer.NormalizeToText("Dunmore Haulage Co. bought two trucks."), StringComparison.Ordinal);
}
