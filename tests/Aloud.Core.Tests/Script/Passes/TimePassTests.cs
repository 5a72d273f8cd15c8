using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class TimePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The storm was near Antigua at 8 a.m. AST.", "The storm was near Antigua at eight a m Atlantic Standard Time.")]
    [InlineData("Prayers in Riyadh begin at 5 a.m. AST.", "Prayers in Riyadh begin at five a m A S T.")]
    [InlineData("Racing: Kelso 3.25, 2m 4f, six runners.", "Racing, Kelso three twenty-five, two miles four furlongs, six runners.")]
    [InlineData("Greyhounds, Romford, 8.14: 1 Velvet Dash.", "Greyhounds, Romford, eight fourteen, one Velvet Dash.")]
    [InlineData("Greyhounds, 9.07 Hove Stadium, 515 metres.", "Greyhounds, nine oh seven Hove Stadium, five hundred fifteen metres.")]
    [InlineData("Racing: 3.55 Ripon, 1m 4f, eight runners.", "Racing, three fifty-five Ripon, one mile four furlongs, eight runners.")]
    [InlineData("Results: 4.15 Harbour Lane, 12 entries.", "Results, four point one five Harbour Lane, twelve entries.")]
    [InlineData("Tomorrow sunrise 06.41, sunset 17.22.", "Tomorrow sunrise oh six forty-one, sunset seventeen twenty-two.")]
    [InlineData("The hall is booked 19:00-21:45 on Fridays.", "The hall is booked nineteen hundred to twenty-one forty-five on Fridays.")]
    [InlineData("Kick-off is 7:45pm NZST.", "Kick-off is seven forty-five p m New Zealand Standard Time.")]
    [InlineData("The novice hurdle at Ayr at 1.45 has 9 runners.", "The novice hurdle at Ayr at one forty-five has nine runners.")]
    [InlineData("The feature is the third race, at 2.50.", "The feature is the third race, at two fifty.")]
    [InlineData("The stock closed at 2.50.", "The stock closed at two point five zero.")]
    [InlineData("The unit deployed at 0530hrs.", "The unit deployed at oh five thirty hours.")]
    [InlineData("The crew logged 1530hrs in the air.", "The crew logged one thousand five hundred thirty hours in the air.")]
    [InlineData("The staff ratio is 1:8 on wards.", "The staff ratio is one to eight on wards.")]
    [InlineData("The 06.15 to Leeds left late.", "The oh six fifteen to Leeds left late.")]
    [InlineData("Voting ends at noon ET.", "Voting ends at noon Eastern Time.")]
    [InlineData("Flemington R4, 1200m: Sable Kid won.", "Flemington race four, one thousand two hundred meters, Sable Kid won.")]
    [InlineData("Wexham 3.35: Cold Harbour (4-1) won by two lengths.", "Wexham three thirty-five, Cold Harbour, four to one, won by two lengths.")]
    [InlineData("Her mare won the 2.45 at Ascot by a neck, the favourite third.", "Her mare won the two forty-five at Ascot by a neck, the favourite third.")]
    [InlineData("At Naas, the 1.50 was won by Tally Ho.", "At Naas, the one fifty was won by Tally Ho.")]
    [InlineData("The 4.05 went to Copper Bell.", "The four oh five went to Copper Bell.")]
    [InlineData("2.10 Thirsk, 1m 2f, Class 4: 1. Amber Key 9-2.", "two ten Thirsk, one mile two furlongs, Class four, one Amber Key nine to two.")]
    [InlineData("The boat leaves at 7 a.m. NT on Fridays.", "The boat leaves at seven a m Newfoundland Time on Fridays.")]
    [InlineData("Polls close at 8 p.m. ADT.", "Polls close at eight p m Atlantic Daylight Time.")]
    [InlineData("The truce began at 0600 GMT.", "The truce began at oh six hundred G M T.")]
    [InlineData("It ended at 1430 UTC.", "It ended at fourteen thirty U T C.")]
    [InlineData("Report at 2100 hours.", "Report at twenty-one hundred hours.")]
    [InlineData("It struck at 0347 GMT.", "It struck at oh three forty-seven G M T.")]
    [InlineData("He logged 1990 hours of work.", "He logged one thousand nine hundred ninety hours of work.")]
    [InlineData("the polls close at 8:00EST", "the polls close at eight o'clock Eastern Standard Time.")]
    [InlineData("at 11:45:00 a.m. GMT", "at eleven forty-five a m G M T.")]
    [InlineData("The debate starts at 7:30 p.m. ET on Friday.", "The debate starts at seven thirty p m Eastern Time on Friday.")]
    [InlineData("Doors open at 10 a.m. sharp.", "Doors open at ten a m sharp.")]
    [InlineData("Doors open at 9am.", "Doors open at nine a m.")]
    [InlineData("The polls close at 8 PM.", "The polls close at eight p m.")]
    [InlineData("It landed at 12:05 today.", "It landed at twelve oh five today.")]
    [InlineData("The curfew is 23:00 nightly.", "The curfew is eleven p m nightly.")]
    [InlineData("We meet at 04:00 daily.", "We meet at four a m daily.")]
    [InlineData("It ends at 3:45 p.m. PT.", "It ends at three forty-five p m Pacific Time.")]
    [InlineData("Filed at 6:12 a.m. EDT.", "Filed at six twelve a m Eastern Daylight Time.")]
    [InlineData("The feed starts 14:30 GMT.", "The feed starts fourteen thirty G M T.")]
    [InlineData("Lunch at 1:15pm today.", "Lunch at one fifteen p m today.")]
    [InlineData("The record was 2:03:11 flat.", "The record was two hours three minutes and eleven seconds flat.")]
    // A result after "in", or after an agate line's bracket, is said without "and", as sport says it.
    [InlineData("She won the marathon in 2:21:07.", "She won the marathon in two hours twenty-one minutes seven seconds.")]
    [InlineData("Varo (ETH) 2:09:30", "Varo, Ethiopia, two hours nine minutes thirty seconds.")]
    // Every zone in full: standard or daylight is part of what the copy says.
    [InlineData("Warnings lapse at 4:45 p.m. CDT.", "Warnings lapse at four forty-five p m Central Daylight Time.")]
    [InlineData("The launch is at 9:10 a.m. MST.", "The launch is at nine ten a m Mountain Standard Time.")]
    // Australia and New Zealand say their zones as letters.
    [InlineData("The match starts at 7:30pm AEST.", "The match starts at seven thirty p m A E S T.")]
    [InlineData("Polls shut at 7 p.m. NZDT.", "Polls shut at seven p m New Zealand Daylight Time.")]
    [InlineData("a 4.15 p.m. kickoff", "a four fifteen p m kickoff.")]
    [InlineData("We meet at noon.", "We meet at noon.")]
    [InlineData("The 0715 service to Derby is late.", "The oh seven fifteen service to Derby is late.")]
    [InlineData("The ferry arrives at 1345 daily.", "The ferry arrives at thirteen forty-five daily.")]
    // The zone after the time's day still closes the time.
    [InlineData("until 1 p.m. Thursday ET", "until one p m Thursday Eastern Time.")]
    // Zones outside the Americas and Europe's west, in capitals after a time.
    [InlineData("Flights were cancelled until 18:00 WITA.", "Flights were cancelled until six p m W I T A.")]
    [InlineData("The match starts at 2pm EAT.", "The match starts at two p m E A T.")]
    // A round hour on the 24-hour clock is said with a.m. or p.m.; minutes past stay as written.
    [InlineData("A warning runs from 18:00 on Friday until 09:00 on Saturday.", "A warning runs from six p m on Friday until nine a m on Saturday.")]
    [InlineData("Closed from 22:00 to 10:00.", "Closed from ten p m to ten a m.")]
    [InlineData("The count began at 00:00 and ended at 12:00.", "The count began at midnight and ended at noon.")]
    [InlineData("The launch is at 14:30 GMT.", "The launch is at fourteen thirty G M T.")]
    // The first hour of the day is said on the twelve-hour clock: nobody says "zero oh one".
    [InlineData("The truce began at 00:01 GMT on Saturday.", "The truce began at twelve oh one a m G M T on Saturday.")]
    [InlineData("The curfew ends at 00:30.", "The curfew ends at twelve thirty a m.")]
    [InlineData("Only 0:04 left on the clock.", "Only four seconds left on the clock.")]
    [InlineData("The line reopens at 10:00 on Sunday.", "The line reopens at ten o'clock on Sunday.")]
    [InlineData("Blood drive: Noon-6 p.m. at the church.", "Blood drive, Noon to six p m at the church.")]
    [InlineData("First race 12.40.", "First race twelve forty.")]
    [InlineData("The card's Grade 1 novice chase is at 3.05.", "The card's Grade one novice chase is at three oh five.")]
    [InlineData("Selections: 1.45 Red Moss, 2.20 Tarn Hill (nap).", "Selections, one forty-five Red Moss, two twenty Tarn Hill, nap.")]
    [InlineData("Shares closed at 2.20.", "Shares closed at two point two zero.")]
    [InlineData("The 17.52 from Cardiff Central was cancelled.", "The seventeen fifty-two from Cardiff Central was cancelled.")]
    [InlineData("The 9.00 to Leeds left late.", "The nine o'clock to Leeds left late.")]
    [InlineData("At Romford, the 7.52 went to the trap 3 dog.", "At Romford, the seven fifty-two went to the trap three dog.")]
    // Opening hours: two dotted hours after a weekday or a word of opening; Quebec's spaced "19 h 30".
    [InlineData("The library opens Mon 9.15-12.45 only.", "The library opens Monday nine fifteen to twelve forty-five only.")]
    [InlineData("Thrift store open Wed-Fri 10.30-2.30 for donations.", "Thrift store open Wednesday through Friday ten thirty to two thirty for donations.")]
    [InlineData("The concert is at 19 h 30 tonight.", "The concert is at nineteen thirty tonight.")]
    public void ReadsClockTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Keeps_a_span_of_decimals_with_no_opening_cue() =>
        Assert.Contains("three point three zero", _normalizer.NormalizeToText("The rate rose 3.30-4.50 today."), StringComparison.Ordinal);

    [Theory]
    // A race or broadcast named by its start time with a dot, after "the" or a possessive.
    [InlineData("Brackenfold is fancied for Friday's 2.35 at Leicester.", "Brackenfold is fancied for Friday's two thirty-five at Leicester.")]
    [InlineData("She read the 8.03 bulletin for a decade.", "She read the eight oh three bulletin for a decade.")]
    [InlineData("He hosted the 11.15 programme on Sundays.", "He hosted the eleven fifteen programme on Sundays.")]
    [InlineData("The 10.00 news led on the strike.", "The ten o'clock news led on the strike.")]
    [InlineData("The 21.40 sailing was cancelled.", "The twenty-one forty sailing was cancelled.")]
    // A race named alone by its time at a clause's end, in a sentence about racing.
    [InlineData("The jockey won the 3.15.", "The jockey won the three fifteen.")]
    public void ReadsServicesAndRacesNamedByTheirTime(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Real decimals in the same neighbourhood keep their point.
    [InlineData("The 2.35 ratio held all year.", "two point three five ratio")]
    [InlineData("It posted a 4.07 per cent gain.", "four point zero seven")]
    [InlineData("The stock rose 2.35 at the open.", "two point three five")]
    [InlineData("The 0.45 at Leicester is a typo.", "zero point four five")]
    public void LeavesDecimalsBesideScheduleWords(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // Not times: a ratio with one-digit "minutes", an impossible minute, a decimal with no a.m./p.m.
    [InlineData("The odds were 3:2 against.", "three")]
    [InlineData("Code 7:75 failed.", "seventy-five")]
    [InlineData("It grew 4.15 percent.", "four point one five percent")]
    [InlineData("The index stood at 1034 on Monday.", "one thousand thirty-four")]
    public void LeavesNonTimesToOtherPasses(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // British copy's dotted clock time, with a.m./p.m. glued on or spaced.
    [InlineData("Kick-off is at 7.45pm on Friday.", "Kick-off is at seven forty-five p m on Friday.")]
    [InlineData("The doors open at 10.05am.", "The doors open at ten oh five a m.")]
    [InlineData("Results by 11.30 PM.", "Results by eleven thirty p m.")]
    public void ReadsDottedTimesWithGluedMeridiem(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void LeavesADecimalWithAnImpossibleMinute() =>
        Assert.Contains("seven point seven five", _normalizer.NormalizeToText("It rose 7.75pm or so."), StringComparison.Ordinal);
    [Theory]
    // A dotted time with no a.m. or p.m.: after "until", beside another time or a part of the day, before a span's end
    // with its a.m. or p.m., or a start at a capitalised place.
    [InlineData("The car park stays shut until 11.45.", "The car park stays shut until eleven forty-five.")]
    [InlineData("The pool opens from 6.15 in the morning.", "The pool opens from six fifteen in the morning.")]
    [InlineData("Stalls run from 8.30 and pack up by 4pm.", "Stalls run from eight thirty and pack up by four p m.")]
    [InlineData("Netball drills run Thursdays, 5.15-7pm at Kelmscott Hall.", "Netball drills run Thursdays, five fifteen to seven p m at Kelmscott Hall.")]
    [InlineData("The final heat goes at 2.20 at Brayfield.", "The final heat goes at two twenty at Brayfield.")]
    public void ReadsDottedTimesWithoutMeridiemWhereTheSentenceIsAboutTheClock(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A timetable's or a service notice's dotted 24-hour time: after a word that leads to a moment, a span of two, or
    // "the" standing for the service itself.
    [InlineData("On weekdays the first departure from Kellagh Quay is 06.50 and the last departure is 21.15.", "the last departure is twenty-one fifteen.")]
    [InlineData("Water outage in Drumlea, Thurs. 3 Mar, 09.00-16.45.", "Thursday the third of March, oh nine hundred to sixteen forty-five.")]
    [InlineData("Planned outage at Corran Mills, Mon. 6 Apr, 11.00-14.30.", "Monday the sixth of April, eleven to fourteen thirty.")]
    [InlineData("The 19.00 sailing to Inishmaan is off; travellers may take the 13.40.", "travellers may take the thirteen forty.")]
    public void ReadsDottedTimesInTimetablesAndNotices(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // A fare, a fee or a change in a timetable notice keeps its decimal point.
    [InlineData("The service fee rose to 12.50 for the winter timetable.", "twelve point five zero")]
    [InlineData("Weekly departures average 14.25 per route.", "fourteen point two five")]
    public void KeepsAmountsInTimetableNoticesDecimal(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // The same shapes as quantities: points, a percentage, a market's close with no time beside it.
    [InlineData("The index added 11.45 points by the close.", "eleven point four five points")]
    [InlineData("The lender fixed its rate at 4.25 per cent.", "four point two five per cent")]
    [InlineData("Tarnwell shares closed at 11.45 on Thursday.", "eleven point four five")]
    [InlineData("The final was seen by 2.35 million viewers on Sunday night.", "two point three five million")]
    public void KeepsDottedQuantitiesAsDecimals(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // South African copy's "h" between hour and minutes.
    [InlineData("Gates open at 09h00 on Saturday.", "Gates open at nine a m on Saturday.")]
    [InlineData("The bowls final begins at 11h00.", "The bowls final begins at eleven o'clock.")]
    [InlineData("Prizegiving is at 16h45.", "Prizegiving is at sixteen forty-five.")]
    public void ReadsHourMarkedTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A span to a named hour: the dash is "to".
    [InlineData("The clinic runs 8 a.m.-noon on weekdays.", "The clinic runs eight a m to noon on weekdays.")]
    [InlineData("Quiet hours are 10pm-midnight.", "Quiet hours are ten p m to midnight.")]
    public void ReadsASpanToANamedHour(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
