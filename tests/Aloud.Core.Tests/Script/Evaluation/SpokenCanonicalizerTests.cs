using Aloud.Script.Evaluation;

namespace Aloud.Tests.Script.Evaluation;

public class SpokenCanonicalizerTests
{
    [Theory]
    [InlineData("One hundred AND five.", "one hundred five")]
    [InlineData("twenty dollars and fifty cents", "twenty dollars fifty cents")]
    [InlineData("seven thirty a.m.", "seven thirty am")]
    [InlineData("seven thirty A M", "seven thirty am")]
    [InlineData("the U S A team", "the usa team")]
    [InlineData("nineteen oh five", "nineteen zero five")]
    [InlineData("three point oh one", "three point zero one")]
    [InlineData("negative two", "minus two")]
    [InlineData("a hundred people", "one hundred people")]
    [InlineData("five per cent", "five percent")]
    [InlineData("Missus Norris", "missus norris")]
    [InlineData("o'clock — twenty-one", "oclock twenty one")]
    public void Lenient_form_forgives_style_not_meaning(string spoken, string canonical) =>
        Assert.Equal(canonical, SpokenCanonicalizer.Lenient(spoken));

    [Fact]
    public void Strict_form_keeps_and_and_oh() =>
        Assert.Equal("one hundred and five oh", SpokenCanonicalizer.Strict("One hundred and five, oh!"));

    [Fact]
    public void And_between_words_that_are_not_numbers_stays() =>
        Assert.Equal("salt and pepper", SpokenCanonicalizer.Lenient("salt and pepper"));

    [Theory]
    // "and" before a subunit amount of any length is dropped, after a singular or plural currency.
    [InlineData("one pound and twenty pence", "one pound twenty pence")]
    [InlineData("nine dollars and forty-two cents", "nine dollars forty two cents")]
    [InlineData("five euros and one cent", "five euros one cent")]
    public void Drops_and_before_a_subunit_amount(string a, string b) => Assert.Equal(SpokenCanonicalizer.Lenient(b), SpokenCanonicalizer.Lenient(a));

    [Fact]
    public void Keeps_and_when_no_amount_follows() =>
        Assert.NotEqual(SpokenCanonicalizer.Lenient("ten dollars cents"), SpokenCanonicalizer.Lenient("ten dollars and cents"));
}
