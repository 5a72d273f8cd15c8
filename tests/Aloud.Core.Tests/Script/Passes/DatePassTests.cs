using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DatePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The bridge shuts on 14 and 15 March.", "The bridge shuts on the fourteenth and fifteenth of March.")]
    [InlineData("Voting runs from October 2 to 16, officials said.", "Voting runs from October second to sixteenth, officials said.")]
    [InlineData("On June 3 to 5 people came.", "On June third to five people came.")]
    [InlineData("The Jan. jobs report is due.", "The January jobs report is due.")]
    // Undotted month abbreviations joined to each other are months; a name stays.
    [InlineData("Complaints rose between Jan and Mar.", "Complaints rose between January and March.")]
    [InlineData("Sales in Sept-Nov fell.", "Sales in September to November fell.")]
    [InlineData("Jan Ortiz and Mar Lopez spoke.", "Jan Ortiz and Mar Lopez spoke.")]
    [InlineData("The July-September quarter was weak.", "The July to September quarter was weak.")]
    [InlineData("Oct. sales were strong.", "October sales were strong.")]
    // A span of days before the month, joined by a word: both are dates.
    [InlineData("The bridge shuts from 6 to 10 January.", "The bridge shuts from the sixth to the tenth of January.")]
    [InlineData("Talks are set for between 3 and 5 March.", "Talks are set for between the third and the fifth of March.")]
    // Month first, as written in US news.
    [InlineData("Jobs fell in Nov., the lowest since Sept.", "Jobs fell in November, the lowest since September.")]
    [InlineData("Jan. Ortiz spoke first.", "Jan Ortiz spoke first.")]
    [InlineData("The deadline moved from 5/15 to 6/1.", "The deadline moved from May fifteenth to June first.")]
    [InlineData("Sales run between 7/1 and 7/15.", "Sales run between July first and July fifteenth.")]
    [InlineData("On 3/4 the vote was held.", "On March fourth the vote was held.")]
    [InlineData("About 3/4 of voters agreed.", "About three quarters of voters agreed.")]
    [InlineData("It was reduced to 1/3 of its size.", "It was reduced to one third of its size.")]
    [InlineData("On 9/11 we remember.", "On nine eleven we remember.")]
    [InlineData("Sworn in Jan. 20.", "Sworn in January twentieth.")]
    [InlineData("We met 22-23 Sept 2005.", "We met the twenty-second to the twenty-third of September two thousand five.")]
    [InlineData("Open 4-6 May only.", "Open the fourth to the sixth of May only.")]
    [InlineData("It happened March 3 2019 downtown.", "It happened March third twenty nineteen downtown.")]
    // A span of days in one month.
    [InlineData("The fair runs Aug. 14-18 downtown.", "The fair runs August fourteenth to eighteenth downtown.")]
    [InlineData("due by october 2", "due by october second.")]
    [InlineData("Filed Nov-4-2022 online.", "Filed November fourth twenty twenty-two online.")]
    [InlineData("Filed Aug-9 online.", "Filed August ninth online.")]
    // Day first: "the Nth of Month".
    [InlineData("Born 6 January 1990 in Leeds.", "Born the sixth of January nineteen ninety in Leeds.")]
    [InlineData("Opened 3rd Sept. 2001 there.", "Opened the third of September two thousand one there.")]
    [InlineData("We met on the 14th June.", "We met on the fourteenth of June.")]
    [InlineData("signed 12 march 2020", "signed the twelfth of march twenty twenty.")]
    // Lower-case "may" and "march" before a bare number are verbs.
    [InlineData("They march 5 miles.", "They march five miles.")]
    // A listing's span with the last day's weekday.
    [InlineData("Thurs 11-Sat 13 Dec", "Thursday the eleventh to Saturday the thirteenth of December.")]
    [InlineData("open Wed 3 to Sun 7 June", "open Wednesday the third to Sunday the seventh of June.")]
    [InlineData("no collections on 25 or 26 December", "no collections on the twenty-fifth or twenty-sixth of December.")]
    [InlineData("Voting will be held on November 6, 11 and 15.", "Voting will be held on November sixth, eleventh and fifteenth.")]
    [InlineData("Services stop on Saturday 12 and Sunday 13 December.", "Services stop on Saturday the twelfth and Sunday the thirteenth of December.")]
    [InlineData("open at the Armory, Nov.-April.", "open at the Armory, November to April.")]
    public void ReadsDatesWithMonthNames(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Updated 2021-01-06 at noon.", "Updated January sixth twenty twenty-one at noon.")]
    [InlineData("Updated 2019/12/31 at noon.", "Updated December thirty-first twenty nineteen at noon.")]
    [InlineData("Updated 1/6/2021 at noon.", "Updated January sixth twenty twenty-one at noon.")]
    [InlineData("Updated 03/04/97 at noon.", "Updated March fourth nineteen ninety-seven at noon.")]
    [InlineData("Updated 7/8/09 at noon.", "Updated July eighth two thousand nine at noon.")]
    [InlineData("Updated 25-12-2018 at noon.", "Updated the twenty-fifth of December twenty eighteen at noon.")]
    [InlineData("Updated 28.02.2015 at noon.", "Updated the twenty-eighth of February twenty fifteen at noon.")]
    [InlineData("Updated 02.03.2015 at noon.", "Updated February third twenty fifteen at noon.")]
    [InlineData("after 9/11 the rules changed", "after nine eleven the rules changed.")]
    [InlineData("Sales rose in 3Q24.", "Sales rose in the third quarter of twenty twenty-four.")]
    [InlineData("Return forms by 12/3 to the office.", "Return forms by December third to the office.")]
    public void ReadsNumericDates(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Not a calendar day: left to the other passes, never turned into a wrong date.
    [InlineData("Ref 2021-13-45 failed.", "thirteen")]
    [InlineData("Ref 31/31/2020 failed.", "slash")]
    [InlineData("About 3/4 of voters agreed.", "three quarters")]
    public void NeverInventsADate(string written, string expectedPart)
    {
        var spoken = _normalizer.NormalizeToText(written);
        Assert.Contains(expectedPart, spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("December", spoken, StringComparison.Ordinal);
    }

    [Theory]
    // ISO 8601 date-times: a date, a clock time and a zone, never a number range or "zero four trillion".
    [InlineData("Posted 2025-10-04T06:30:00-07:00 by staff.", "Posted October fourth twenty twenty-five at six thirty a m U T C minus seven by staff.")]
    [InlineData("Posted 2025-10-04T13:30Z.", "Posted October fourth twenty twenty-five at one thirty p m U T C.")]
    [InlineData("Posted 2025-10-04T00:05:00+00:00.", "Posted October fourth twenty twenty-five at twelve oh five a m U T C.")]
    [InlineData("Posted 2025-10-04T18:00:00.123+05:30.", "Posted October fourth twenty twenty-five at six p m U T C plus five thirty.")]
    [InlineData("Posted 2025-10-04T18:00:15+0545.", "Posted October fourth twenty twenty-five at six and fifteen seconds p m U T C plus five forty-five.")]
    [InlineData("Posted 2025-10-04T06:30 locally.", "Posted October fourth twenty twenty-five at six thirty a m locally.")]
    [InlineData("Posted 2025-10-04t06:30:00 locally.", "Posted October fourth twenty twenty-five at six thirty a m locally.")]
    public void ReadsIsoDateTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Not a real instant: left to the other passes, whatever they make of it.
    [InlineData("Code 2025-13-04T06:30 here.")]
    [InlineData("Code 2025-10-04T25:30 here.")]
    [InlineData("Code 2025-10-04T06:30+15:00 here.")]
    public void LeavesImpossibleDateTimesToOtherPasses(string written) =>
        Assert.DoesNotContain(" at ", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
