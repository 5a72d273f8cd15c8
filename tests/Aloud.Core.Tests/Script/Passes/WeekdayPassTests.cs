using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Tests.Script.Passes;

public class WeekdayPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Leinster v Ulster, Aviva Stadium, Sat 5.30pm.", "Leinster versus Ulster, Aviva Stadium, Saturday five thirty p m.")]
    [InlineData("The fair opens Fri. and runs through Sun.", "The fair opens Friday and runs through Sunday.")]
    // A dotted weekday counted within its month.
    [InlineData("The guild meets the 2nd Wed. of each month.", "The guild meets the second Wednesday of each month.")]
    [InlineData("Shows run Thu. to Sun. downtown.", "Shows run Thursday to Sunday downtown.")]
    [InlineData("The store is closed Sat. and Sun. now.", "The store is closed Saturday and Sunday now.")]
    [InlineData("Sat.: Sunny, high 68.", "Saturday, Sunny, high sixty-eight.")]
    [InlineData("The study was published Wed. in a journal.", "The study was published Wednesday in a journal.")]
    [InlineData("On Sat. we met.", "On Saturday we met.")]
    [InlineData("She read The Sun. Then she left.", "She read The Sun. Then she left.")]
    [InlineData("The hearing is Tues., Jan. 6 at noon.", "The hearing is Tuesday, January sixth at noon.")]
    [InlineData("Games resume Sat., Feb. 2 downtown.", "Games resume Saturday, February second downtown.")]
    [InlineData("Doors open Wed., 9 a.m. sharp.", "Doors open Wednesday, nine a m sharp.")]
    [InlineData("She reads the Sun. It is cheap.", "She reads the Sun. It is cheap.")]
    [InlineData("The case is U.S. v. Jones today.", "The case is U S versus Jones today.")]
    [InlineData("Lanes close Mon to Thu at night.", "Lanes close Monday to Thursday at night.")]
    [InlineData("The museum is open Tue\u2013Sun.", "The museum is open Tuesday through Sunday.")]
    [InlineData("Tyrone face Armagh on Sun, April 26.", "Tyrone face Armagh on Sunday, April twenty-sixth.")]
    [InlineData("Mon: sunny, high 24°C.", "Monday, sunny, high twenty-four degrees Celsius.")]
    public void ReadsWeekdaysBeforeDates(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));

    [Theory]
    // An undotted weekday abbreviation before a date, as British listings write it; elsewhere the word stays.
    [InlineData("Opens Sat 12 April.", "Opens Saturday the twelfth of April.")]
    [InlineData("Talks on Tue 4 Nov.", "Talks on Tuesday the fourth of November.")]
    [InlineData("The Sun said so.", "The Sun said so.")]
    [InlineData("The club meets Weds 4 Feb.", "The club meets Wednesday the fourth of February.")]
    [InlineData("Night markets, Sat 4-10pm.", "Night markets, Saturday four to ten p m.")]
    [InlineData("So Fri's collection moves to Sat 3 Jan.", "So Friday's collection moves to Saturday the third of January.")]
    // A weekday counted within its month.
    [InlineData("The guild meets on the 2nd Wed of each month.", "The guild meets on the second Wednesday of each month.")]
    public void ReadsUndottedWeekdaysBeforeADate(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));

    [Theory]
    // After a word that names a day, or paired with another day, an undotted abbreviation is the day.
    [InlineData("Sailings were cancelled on Wed because of the swell.", "Sailings were cancelled on Wednesday because of the swell.")]
    [InlineData("The council meets next Thurs to vote.", "The council meets next Thursday to vote.")]
    [InlineData("The office is open Mon to Fri.", "The office is open Monday to Friday.")]
    [InlineData("Markets run every Sat from the spring.", "Markets run every Saturday from the spring.")]
    // Without such a word the word stays: a newspaper, a verb, a name.
    [InlineData("The Sun on Sunday ran the story.", "The Sun on Sunday ran the story.")]
    [InlineData("The couple will Wed in June.", "The couple will Wed in June.")]
    [InlineData("Sat Nav sales fell.", "Sat Nav sales fell.")]
    [InlineData("Buses replace trains from 10pm Fri until 4am Mon.", "Buses replace trains from ten p m Friday until four a m Monday.")]
    [InlineData("Fleet Harbour won by a length from Sun Rider.", "Fleet Harbour won by a length from Sun Rider.")]
    public void ReadsUndottedWeekdaysAfterADayWord(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));

    [Theory]
    // A bare day of the month after its weekday takes "the", as a full date does; a team's ordinal does not.
    [InlineData("The bake sale is on Tues. 8th.", "The bake sale is on Tuesday the eighth.")]
    [InlineData("Open days: Fri 21st & Sat 22nd, 10am-2pm.", "Open days, Friday the twenty-first and Saturday the twenty-second, ten a m to two p m.")]
    [InlineData("The choir sings on Wednesday 3rd at 7pm.", "The choir sings on Wednesday the third at seven p m.")]
    [InlineData("The Saturday 2nd XI lost.", "The Saturday second eleven lost.")]
    public void ReadsABareDayAfterItsWeekdayWithThe(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));

    [Theory]
    // Day-first (British, Irish, Commonwealth) copy says a span of days "to"; American copy keeps "through".
    [InlineData("The centre is open Mon.-Fri. from 9am.", "The centre is open Monday to Friday from nine a m.", DateOrder.DayFirst)]
    [InlineData("Late opening Thu.-Sat. until 9pm.", "Late opening Thursday to Saturday until nine p m.", DateOrder.DayFirst)]
    [InlineData("The library is open Tue-Fri now.", "The library is open Tuesday to Friday now.", DateOrder.DayFirst)]
    [InlineData("The library is open Tue-Fri now.", "The library is open Tuesday through Friday now.", DateOrder.MonthFirst)]
    [InlineData("The office is open Mon.-Fri. from 9 a.m.", "The office is open Monday through Friday from nine a m.", DateOrder.MonthFirst)]
    public void SaysSpansOfDaysAsTheReaderDoes(string written, string spoken, DateOrder dates) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written, dates));

    [Theory]
    [InlineData("Stock will go under the hammer at the Sat. auction in Brenton.", "Stock will go under the hammer at the Saturday auction in Brenton.")]
    [InlineData("Ferry times at Kelloway, Sat: first sailing 07:15.", "Ferry times at Kelloway, Saturday, first sailing seven fifteen.")]
    [InlineData("Raffle numbers for Fri: 3, 17, 40.", "Raffle numbers for Friday, three, seventeen, forty.")]
    [InlineData("The museum opens Wed & Sat 10am-4pm.", "The museum opens Wednesday and Saturday ten a m to four p m.")]
    // A clipped day that is no English word is the day anywhere; a bare "pm" after it is that day's half.
    [InlineData("The fair runs Thurs pm and Sat.", "The fair runs Thursday p m and Saturday.")]
    [InlineData("Quiz night Tues $2 entry.", "Quiz night Tuesday two dollars entry.")]
    public void Reads_a_notice_day_by_its_cue(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The Sun reported the story first.")]
    [InlineData("The Sun: a guide for stargazers.")]
    public void Leaves_the_paper_and_the_star_where_no_day_is_cued(string written) =>
        Assert.DoesNotContain("Sunday", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
