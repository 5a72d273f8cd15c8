using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ServiceNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("HealthLine 811 is free.", "HealthLine eight one one is free.")]
    [InlineData("Road reports can be reached at 511 today.", "Road reports can be reached at five one one today.")]
    [InlineData("NHS 111 took more calls.", "N H S one one one took more calls.")]
    [InlineData("Her song reached 112 million plays.", "Her song reached one hundred twelve million plays.")]
    [InlineData("Internally 8-6299 works.", "Internally eight, six two nine nine works.")]
    [InlineData("It is code 4-4706 here.", "It is code four, four seven zero six here.")]
    [InlineData("Read pages 1-1000 now.", "Read pages one to one thousand now.")]
    [InlineData("They ran 5-2024 there.", "They ran five to twenty twenty-four there.")]
    [InlineData("Call 911 now.", "Call nine one one now.")]
    [InlineData("The 911 call came at night.", "The nine one one call came at night.")]
    [InlineData("She contacted 911 at once.", "She contacted nine one one at once.")]
    [InlineData("Two 911 dispatchers quit.", "Two nine one one dispatchers quit.")]
    [InlineData("Dial 311 for help.", "Dial three one one for help.")]
    [InlineData("The city's 311 line took the reports.", "The city's three one one line took the reports.")]
    // A count of calls is a count.
    [InlineData("The desk handled 311 calls.", "The desk handled three hundred eleven calls.")]
    [InlineData("Text HOME to 741741 anytime.", "Text HOME to seven four one seven four one anytime.")]
    // The car keeps its model reading; other counts stay counts.
    [InlineData("a Porsche 911 parked", "a Porsche nine eleven parked.")]
    [InlineData("about 411 people", "about four hundred eleven people.")]
    [InlineData("There were 911 boats.", "There were nine hundred eleven boats.")]
    [InlineData("911", "nine hundred eleven.")]
    [InlineData("they sold 12345 units", "they sold twelve thousand three hundred forty-five units.")]
    [InlineData("Call the 988 Suicide & Crisis Lifeline any time.", "Call the nine eight eight Suicide and Crisis Lifeline any time.")]
    [InlineData("The 988 people on the helpline list.", "The nine hundred eighty-eight people on the helpline list.")]
    // A three-digit number after "on" in a call to someone is dialled; a count after "called on" is not.
    [InlineData("Ring the council on 311 for help.", "Ring the council on three one one for help.")]
    [InlineData("Call police on 105 and quote the file.", "Call police on one zero five and quote the file.")]
    [InlineData("The officer can be contacted on 101, quoting the log.", "The officer can be contacted on one zero one, quoting the log.")]
    [InlineData("He called on 105 members to resign.", "He called on one hundred five members to resign.")]
    public void ReadsDialedNumbersDigitByDigit(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Other countries' emergency and service numbers, where they are dialled or joined to one that is.
    [InlineData("In Britain, dial 999.", "In Britain, dial nine nine nine.")]
    [InlineData("Call 999 or 112 at once.", "Call nine nine nine or one one two at once.")]
    [InlineData("Ring 111 for advice.", "Ring one one one for advice.")]
    [InlineData("He made a 999 call.", "He made a nine nine nine call.")]
    [InlineData("Police called 112 witnesses.", "Police called one hundred twelve witnesses.")]
    [InlineData("There were 999 entries.", "There were nine hundred ninety-nine entries.")]
    public void ReadsEmergencyNumbersOnlyWhereDialled(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
