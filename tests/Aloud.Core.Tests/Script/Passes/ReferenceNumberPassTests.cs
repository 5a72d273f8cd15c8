using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ReferenceNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Five or more digits after "number" with no thousands comma are an identifier, read digit by digit.
    [InlineData("The train, No. 12951, left at noon.", "The train, number one two nine five one, left at noon.")]
    [InlineData("Policy number 4471823 was void.", "Policy number four four seven one eight two three was void.")]
    [InlineData("Her cat, chip no. 900164003217785, is home.", "Her cat, chip number nine zero zero one six four zero zero three two one seven seven eight five, is home.")]
    [InlineData("Bill No. 1187 passed.", "Bill number eleven eighty-seven passed.")]
    [InlineData("She cited the number 12,000.", "She cited the number twelve thousand.")]
    // A code's start after "begins with" or "starts with"; an airline code that starts with its digit.
    [InlineData("Check packs whose code begins with 31B.", "Check packs whose code begins with three one B.")]
    [InlineData("Flight 6E 4417 was cancelled.", "Flight six E forty-four seventeen was cancelled.")]
    [InlineData("A crash on Hwy. 417 closed two lanes.", "A crash on Highway four seventeen closed two lanes.")]
    [InlineData("US 101 southbound is closed.", "U S one oh one southbound is closed.")]
    [InlineData("The US 150 tariffs stay.", "The U S one hundred fifty tariffs stay.")]
    [InlineData("The flight, UA 2214, was diverted.", "The flight, U A twenty-two fourteen, was diverted.")]
    [InlineData("The UN 2214 resolution passed.", "The U N two thousand two hundred fourteen resolution passed.")]
    [InlineData("The House passed H.R. 3512 today.", "The House passed H R thirty-five twelve today.")]
    [InlineData("Critics cite Section 230 often.", "Critics cite Section two thirty often.")]
    [InlineData("It broke 18 U.S.C. \u00A7 1030 twice.", "It broke eighteen U S C section ten thirty twice.")]
    [InlineData("See Rule 101 first.", "See Rule one oh one first.")]
    [InlineData("He was charged in Case No. 5521 today.", "He was charged in Case number fifty-five twenty-one today.")]
    [InlineData("It was the 2700 block of Oak Lane.", "It was the twenty-seven hundred block of Oak Lane.")]
    [InlineData("The Assembly passed SB 1183 on Monday.", "The Assembly passed S B eleven eighty-three on Monday.")]
    [InlineData("HB 2046 died in committee.", "H B twenty forty-six died in committee.")]
    [InlineData("The charge falls under 18 U.S.C. 1343.", "The charge falls under eighteen U S C thirteen forty-three.")]
    [InlineData("The judge applied Fed. R. Evid. 702.", "The judge applied Federal Rule of Evidence seven oh two.")]
    [InlineData("The court relied on Pallett v. Brune, 561 U.S. 318 (2010).", "The court relied on Pallett versus Brune, five sixty-one U S three eighteen, twenty ten.")]
    // A count before "U.S." that is not a report's volume stays a count.
    [InlineData("About 250 U.S. 25 flights.", "About two hundred fifty U S twenty-five flights.")]
    // Ranks, round figures and short numbers keep the count reading.
    [InlineData("the No. 1 pick", "the number one pick.")]
    [InlineData("Section 100 applies.", "Section one hundred applies.")]
    [InlineData("Section 8 housing", "Section eight housing.")]
    [InlineData("the 1000 block", "the one thousand block.")]
    // A later number of a listed reference is said as the first.
    [InlineData("An FIR under Sections 420 and 406 of the IPC.", "An F I R under Sections four twenty and four oh six of the I P C.")]
    [InlineData("Section 230 and 512 apply.", "Section two thirty and five twelve apply.")]
    [InlineData("The VFW Post 6152 meets.", "The V F W Post sixty-one fifty-two meets.")]
    [InlineData("The recalled cheese, batch 2407, is unsafe.", "The recalled cheese, batch two four zero seven, is unsafe.")]
    [InlineData("Kettles with serial numbers beginning 23K are affected.", "Kettles with serial numbers beginning two three K are affected.")]
    [InlineData("The court heard case No. 24-30871 on Wednesday.", "The court heard case number twenty-four three zero eight seven one on Wednesday.")]
    // A register's entry after its initials; a span of lot numbers.
    [InlineData("The sale of Lot 3, DP 554120, was approved.", "The sale of Lot three, D P five five four one two zero, was approved.")]
    // Three digits after "No." name a train, a route or a lodge in pairs; a rank stays a count.
    [InlineData("Train No. 143 was held at Albany.", "Train number one forty-three was held at Albany.")]
    [InlineData("The No. 318 bus is diverted.", "The number three eighteen bus is diverted.")]
    [InlineData("He joined Lodge No. 257 in 1970.", "He joined Lodge number two fifty-seven in nineteen seventy.")]
    [InlineData("She is ranked No. 143 in the world.", "She is ranked number one hundred forty-three in the world.")]
    [InlineData("Lot 9 on DP 2204516 was subdivided.", "Lot nine on D P two two zero four five one six was subdivided.")]
    [InlineData("Lot numbers 31200 to 31288 are recalled.", "Lot numbers three one two zero zero to three one two eight eight are recalled.")]
    [InlineData("The US 40000 figure stands.", "The U S forty thousand figure stands.")]
    public void ReadsReferenceNumbersInPairs(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
