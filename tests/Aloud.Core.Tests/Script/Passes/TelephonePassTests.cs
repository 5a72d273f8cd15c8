using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class TelephonePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Bookings on (038) 41276 after noon.", "Bookings on zero three eight, four one two seven six after noon.")]
    [InlineData("Helpline 1300 472 908 takes calls.", "Helpline one three hundred, four seven two, nine zero eight takes calls.")]
    [InlineData("Enquiries tel. 5821 0937 evenings.", "Enquiries phone five eight two one, zero nine three seven evenings.")]
    // Two groups of four after a business's name and its comma, with no noun after them.
    [InlineData("Kerrigan Plumbing, 6921 4400, licensed.", "Kerrigan Plumbing, six nine two one, four four zero zero, licensed.")]
    [InlineData("Orders to Wendt Fencing, ph. 6637 2094.", "Orders to Wendt Fencing, phone six six three seven, two zero nine four.")]
    [InlineData("Rosters from the clubhouse, tel. 3318 7702, Mondays.", "Rosters from the clubhouse, phone three three one eight, seven seven zero two, Mondays.")]
    [InlineData("Call the toll-free number 1800-22-3000 today.", "Call the toll-free number one eight hundred, two two, three zero zero zero today.")]
    [InlineData("The freephone helpline, 1800 555 010, is open.", "The freephone helpline, one eight hundred, five five five, zero one zero, is open.")]
    // Britain's and New Zealand's freephone prefix is said as a number.
    [InlineData("Call 0800 555 0123 free.", "Call zero eight hundred, five five five, zero one two three free.")]
    [InlineData("Ring the helpline on 0800 555 728 today.", "Ring the helpline on zero eight hundred, five five five, seven two eight today.")]
    // India's mobile numbers in two groups of five: after a telephone word, or starting 6 to 9, or after "+91".
    [InlineData("For bookings ring 78821 40563 or visit.", "For bookings ring seven eight eight two one, four zero five six three or visit.")]
    [InlineData("Ask Ravi Menon at 63390 17284, evenings.", "Ask Ravi Menon at six three three nine zero, one seven two eight four, evenings.")]
    [InlineData("Contact 41120 90356 now.", "Contact four one one two zero, nine zero three five six now.")]
    [InlineData("WhatsApp +91 70015 33842.", "WhatsApp plus nine one, seven zero zero one five, three three eight four two.")]
    // India's trunk code and subscriber number joined by a dash.
    [InlineData("Call the helpline on 011-26734418 for details.", "Call the helpline on zero one one, two six seven three four four one eight for details.")]
    [InlineData("Call (555) 123-4567 now.", "Call five five five, one two three, four five six seven now.")]
    [InlineData("Call (555)987-6543 now.", "Call five five five, nine eight seven, six five four three now.")]
    [InlineData("Dial +1 555 123 4567 today.", "Dial plus one, five five five, one two three, four five six seven today.")]
    [InlineData("Dial +44 20 7946 0958 today.", "Dial plus four four, two zero, seven nine four six, zero nine five eight today.")]
    [InlineData("Dial 1-800-555-0199 today.", "Dial one eight hundred, five five five, zero one nine nine today.")]
    [InlineData("Call the helpline at (800) 555-0142.", "Call the helpline at eight hundred, five five five, zero one four two.")]
    [InlineData("Call +1 (800) 555-0142.", "Call plus one, eight hundred, five five five, zero one four two.")]
    [InlineData("Dial 212-555-0143 today.", "Dial two one two, five five five, zero one four three today.")]
    [InlineData("His number was 078-05-1120 then.", "His number was zero seven eight, zero five, one one two zero then.")]
    // A local seven-digit number: after a telephone word, or alone when no range could have its shape.
    [InlineData("Just call 268-6299 today.", "Just call two six eight, six two nine nine today.")]
    [InlineData("Just call 268 6299 today.", "Just call two six eight, six two nine nine today.")]
    [InlineData("The desk is 268-6299.", "The desk is two six eight, six two nine nine.")]
    [InlineData("The server at 10.0.0.1 failed.", "The server at one zero dot zero dot zero dot one failed.")]
    [InlineData("Ring 0161 496 0702 for tickets.", "Ring zero one six one, four nine six, zero seven zero two for tickets.")]
    // Australia's service numbers after a telephone word, as the country says them.
    [InlineData("Call Crime Stoppers on 1800 333 000.", "Call Crime Stoppers on one eight hundred, three three three, zero zero zero.")]
    [InlineData("Call Lifeline on 13 11 14 now.", "Call Lifeline on thirteen eleven fourteen now.")]
    [InlineData("For bookings phone 132 500 today.", "For bookings phone one three two, five zero zero today.")]
    [InlineData("Call the station on 022 31450 today.", "Call the station on zero two two, three one four five zero today.")]
    [InlineData("Contact Crime Stop on 08600 10111.", "Contact Crime Stop on zero eight six zero zero, one zero one one one.")]
    [InlineData("The office is on 01632 960123.", "The office is on zero one six three two, nine six zero one two three.")]
    [InlineData("They can be reached free at any time on 116 123.", "They can be reached free at any time on one one six, one two three.")]
    [InlineData("Residents can call the state's 767 line.", "Residents can call the state's seven six seven line.")]
    [InlineData("Join on Zoom, meeting ID 882 4410 9317.", "Join on Zoom, meeting I D eight eight two, four four one zero, nine three one seven.")]
    [InlineData("Phone (03) 5521 8840 after 9am.", "Phone zero three, five five two one, eight eight four zero after nine a m.")]
    // Spaced groups of four, three and three (or three, three and four) after a name's comma or a telephone word.
    [InlineData("Night nurse line: Medicall, 1890 212 747, from 8pm.", "Night nurse line, Medicall, one eight nine zero, two one two, seven four seven, from eight p m.")]
    [InlineData("Ring the depot on 416 555 0199 today.", "Ring the depot on four one six, five five five, zero one nine nine today.")]
    public void ReadsPhoneNumbersInDigitGroups(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Scores and ranges have phone-like dashes but not the shape.
    [InlineData("They won 3-2 tonight.", "three")]
    [InlineData("a 10-12 week course", "ten")]
    [InlineData("between 500-1000 people", "five hundred")]
    [InlineData("it cost 200-2000.", "two hundred")]
    [InlineData("from 250-1999 units", "two hundred fifty")]
    [InlineData("The 13 11 14 figures were close.", "thirteen eleven fourteen")]
    [InlineData("Crowds of 41234 and 52345 came.", "forty-one thousand two hundred thirty-four")]
    [InlineData("The codes 12345 67890 did not match.", "twelve thousand three hundred forty-five")]
    public void LeavesOtherDashedNumbers(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
