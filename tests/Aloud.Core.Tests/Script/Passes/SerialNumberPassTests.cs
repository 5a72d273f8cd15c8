using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SerialNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The cottage, MLS® 30582214, is listed.", "The cottage, M L S three zero five eight two two one four, is listed.")]
    [InlineData("See MLS# 7730219 online.", "See M L S number seven seven three zero two one nine online.")]
    [InlineData("Bags with lot code 31207C were recalled.", "Bags with lot code three one two zero seven C were recalled.")]
    [InlineData("The PIN code 400001 covers the fort.", "The PIN code four zero zero zero zero one covers the fort.")]
    [InlineData("Homes in ZIP codes 60614 and 60657 lost power.", "Homes in ZIP codes six zero six one four and six zero six five seven lost power.")]
    [InlineData("The ship, IMO 9412876, sank.", "The ship, I M O nine four one two eight seven six, sank.")]
    [InlineData("Part KT-40/518203-qrs failed.", "Part K T forty five one eight two zero three, qrs failed.")]
    [InlineData("Order AB/123456 shipped.", "Order A B one two three four five six shipped.")]
    [InlineData("File 45/208813/2019 was closed.", "File forty-five slash two zero eight eight one three slash two thousand nineteen was closed.")]
    [InlineData("Ref 7/04/55012 applies.", "Reference seven slash zero four slash five five zero one two applies.")]
    // A date and a fraction keep their readings.
    [InlineData("On 12/31/2021 we met.", "On December thirty-first twenty twenty-one we met.")]
    public void ReadsSlashedReferenceNumbersGroupByGroup(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A number the copy names as a serial is read digit by digit, and so is the other end of a span of them; a
    // short number or a count is not.
    [InlineData("Check serial numbers 20417 to 20590.", "Check serial numbers two zero four one seven to two zero five nine zero.")]
    [InlineData("Its serial number 7733 was filed off.", "Its serial number seven seven three three was filed off.")]
    [InlineData("The serial 60215 matched.", "The serial six zero two one five matched.")]
    [InlineData("He sold 4500 serial novels.", "He sold four thousand five hundred serial novels.")]
    public void ReadsNamedSerialsDigitByDigit(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A five-digit number the copy names as a ZIP code or postcode is said digit by digit.
    [InlineData("Prices in the 30318 ZIP code rose.", "Prices in the three zero three one eight ZIP code rose.")]
    [InlineData("About 30318 people came.", "About thirty thousand three hundred eighteen people came.")]
    public void ReadsNamedZipCodesDigitByDigit(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
