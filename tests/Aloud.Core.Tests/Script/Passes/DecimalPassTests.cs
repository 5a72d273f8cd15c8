using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DecimalPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The hospital's new 3T MRI scanner opens.", "The hospital's new three tesla M R I scanner opens.")]
    [InlineData("The group raised a $2T fund.", "The group raised a two trillion dollar fund.")]
    [InlineData("Take Exit 42B north.", "Take Exit forty-two B north.")]
    [InlineData("She sat in seat 14B.", "She sat in seat fourteen B.")]
    [InlineData("It filed Schedule 13D today.", "It filed Schedule thirteen D today.")]
    // A label listed after its plural label word keeps its letter.
    [InlineData("He was charged under Sections 304 and 120B.", "He was charged under Sections three oh four and one hundred twenty B.")]
    [InlineData("Exits 12, 14 and 15A close tonight.", "Exits twelve, fourteen and fifteen A close tonight.")]
    [InlineData("The fund holds 42B in assets.", "The fund holds forty-two billion in assets.")]
    [InlineData("A magnitude-6.4 quake hit.", "A magnitude six point four quake hit.")]
    [InlineData("batting .312 this year", "batting three twelve this year.")]
    [InlineData("Vesko has a .931 save percentage.", "Vesko has a nine thirty-one save percentage.")]
    [InlineData("The Owls are a .500 team again.", "The Owls are a five hundred team again.")]
    [InlineData("They finished two games above .500.", "They finished two games above five hundred.")]
    [InlineData("The p-value fell below .050 overall.", "The p-value fell below point zero five zero overall.")]
    [InlineData("a 2.3B user base", "a two point three billion user base.")]
    [InlineData(".4 trillion", "point four trillion.")]
    [InlineData(".2019", "point two zero one nine.")]
    [InlineData("The vote on Item 7B was postponed.", "The vote on Item seven B was postponed.")]
    [InlineData("A 7B parameter model.", "A seven billion parameter model.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
