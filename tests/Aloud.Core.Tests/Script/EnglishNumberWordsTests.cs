using Aloud.Script;

namespace Aloud.Tests.Script;

public class EnglishNumberWordsTests
{
    private readonly EnglishNumberWords _words = EnglishNumberWords.Instance;

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(7, "seven")]
    [InlineData(13, "thirteen")]
    [InlineData(21, "twenty-one")]
    [InlineData(100, "one hundred")]
    [InlineData(123, "one hundred twenty-three")]
    [InlineData(1000, "one thousand")]
    [InlineData(1500, "one thousand five hundred")]
    [InlineData(40000, "forty thousand")]
    [InlineData(85000, "eighty-five thousand")]
    [InlineData(1000001, "one million one")]
    [InlineData(1123456789012, "one trillion one hundred twenty-three billion four hundred fifty-six million seven hundred eighty-nine thousand twelve")]
    [InlineData(-5, "minus five")]
    public void Cardinal_reads_without_and(long value, string expected) => Assert.Equal(expected, _words.Cardinal(value));

    [Theory]
    [InlineData(1, "first")]
    [InlineData(2, "second")]
    [InlineData(3, "third")]
    [InlineData(12, "twelfth")]
    [InlineData(13, "thirteenth")]
    [InlineData(23, "twenty-third")]
    [InlineData(37, "thirty-seventh")]
    [InlineData(100, "one hundredth")]
    [InlineData(101, "one hundred first")]
    [InlineData(120, "one hundred twentieth")]
    [InlineData(1000, "one thousandth")]
    [InlineData(1100, "one thousand one hundredth")]
    [InlineData(2000000, "two millionth")]
    public void Ordinal_keeps_the_leading_one(long value, string expected) => Assert.Equal(expected, _words.Ordinal(value));

    [Theory]
    [InlineData(2025, "twenty twenty-five")]
    [InlineData(2013, "twenty thirteen")]
    [InlineData(2010, "twenty ten")]
    [InlineData(2000, "two thousand")]
    [InlineData(2005, "two thousand five")]
    [InlineData(1999, "nineteen ninety-nine")]
    [InlineData(1987, "nineteen eighty-seven")]
    [InlineData(1905, "nineteen oh five")]
    [InlineData(1900, "nineteen hundred")]
    [InlineData(1066, "ten sixty-six")]
    [InlineData(1000, "one thousand")]
    public void Year_reads_as_people_say_it(int year, string expected) => Assert.Equal(expected, _words.Year(year));

    [Theory]
    [InlineData(100, "one hundred")]
    [InlineData(245, "two hundred and forty-five")]
    [InlineData(3006, "three thousand and six")]
    [InlineData(245000, "two hundred and forty-five thousand")]
    [InlineData(1100, "one thousand one hundred")]
    [InlineData(2000040, "two million and forty")]
    [InlineData(7312, "seven thousand three hundred and twelve")]
    public void Commonwealth_cardinals_say_and_before_the_tens(long value, string expected) =>
        Assert.Equal(expected, _words.Commonwealth.Cardinal(value));

    [Theory]
    [InlineData(101, "one hundred and first")]
    [InlineData(2003, "two thousand and third")]
    [InlineData(300, "three hundredth")]
    public void Commonwealth_ordinals_say_and_too(long value, string expected) =>
        Assert.Equal(expected, _words.Commonwealth.Ordinal(value));

    [Fact]
    public void Commonwealth_years_stay_as_people_say_them() =>
        Assert.Equal("nineteen eighty-seven", _words.Commonwealth.Year(1987));

    [Fact]
    public void Digits_are_read_one_by_one() => Assert.Equal("zero zero seven", _words.Digits("007"));
}
