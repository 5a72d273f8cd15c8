using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

/// <summary>Abbreviations, symbols, numerals and dates inside running sentences.</summary>
public class RunningTextTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Abbreviations written without their period.
    [InlineData("The talks with mr Okafor went well.", "The talks with mister Okafor went well.")]
    [InlineData("She met mrs Dlamini at noon.", "She met missus Dlamini at noon.")]
    [InlineData("The ferry to st Agnes left late.", "The ferry to saint Agnes left late.")]
    [InlineData("Leeds vs Hull ended level.", "Leeds versus Hull ended level.")]
    [InlineData("The letter was signed by Harold Pike Jr on Monday.", "The letter was signed by Harold Pike junior on Monday.")]
    [InlineData("It was signed by Harold Pike sr", "It was signed by Harold Pike senior.")]
    [InlineData("Printed by Harbour Press ltd", "Printed by Harbour Press limited.")]
    [InlineData("Call City Planning dept", "Call City Planning department.")]
    [InlineData("Collected Letters, vol", "Collected Letters, volume.")]
    // Left alone: no name after the title, no name before the suffix.
    [InlineData("The st was closed.", "The st was closed.")]
    [InlineData("The ltd company grew.", "The ltd company grew.")]
    public void ReadsBareAbbreviations(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The values of Δ rose.", "The values of delta rose.")]
    [InlineData("It emits α particles.", "It emits alpha particles.")]
    [InlineData("Set ω to zero and Σ to one.", "Set omega to zero and sigma to one.")]
    [InlineData("The ending ς is final.", "The ending sigma is final.")]
    public void ReadsGreekLetterSymbols(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A month abbreviation with a year and no day.
    [InlineData("The plant opened in Sept. 1968 after delays.", "The plant opened in September nineteen sixty-eight after delays.")]
    [InlineData("Issue of Dec 2004.", "Issue of December two thousand four.")]
    // A period set apart in spaced-out text.
    [InlineData("Published Mar . 1973 .", "Published March nineteen seventy-three.")]
    [InlineData("Dated 4 Nov . 2011 in print.", "Dated the fourth of November twenty eleven in print.")]
    public void ReadsAbbreviatedMonthsWithYears(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("They fought battle II in spring.", "They fought battle two in spring.")]
    [InlineData("See chapter IV for more.", "See chapter four for more.")]
    [InlineData("Both tier III and tier II teams qualified.", "Both tier three and tier two teams qualified.")]
    public void ReadsRomanNumeralsAfterLowerCaseWords(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Its density is 2.7 g/cm3 at room temperature.", "Its density is two point seven grams per cubic centimeter at room temperature.")]
    [InlineData("The tank holds 40 m3 of water.", "The tank holds forty cubic meters of water.")]
    public void ReadsCubicUnits(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The survey map is at 1:50000 scale.", "The survey map is at one to fifty thousand scale.")]
    [InlineData("A scale of 1 : 250,000 was used.", "A scale of one to two hundred fifty thousand was used.")]
    [InlineData("Bookmakers offer 5:1 on the outsider.", "Bookmakers offer five to one on the outsider.")]
    // Times and verses are not ratios.
    [InlineData("The train left at 1:30.", "The train left at one thirty.")]
    [InlineData("He quoted John 3:16 again.", "He quoted John three sixteen again.")]
    public void ReadsScalesAndOdds(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The match is Sat. Feb. 2 at noon.", "The match is Saturday February second at noon.")]
    [InlineData("Polls open Tues. Nov. 5 nationwide.", "Polls open Tuesday November fifth nationwide.")]
    [InlineData("She lives at No. 12 Elm St. now.", "She lives at number twelve Elm Street now.")]
    [InlineData("He ran it in 9.8 sec. on the day.", "He ran it in nine point eight seconds on the day.")]
    [InlineData("She equalised in the 74th min. after a corner.", "She equalised in the seventy-fourth minute after a corner.")]
    [InlineData("New U.S.-Mexico rules start soon.", "New U S Mexico rules start soon.")]
    [InlineData("Sales fell 4 percent in FY2021.", "Sales fell four percent in fiscal year twenty twenty-one.")]
    [InlineData("The FY26 plan is out.", "The fiscal year twenty-six plan is out.")]
    public void ReadsDatelinesAndShortForms(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Martin Luther King Jr. spoke first.", "Martin Luther King Junior spoke first.")]
    [InlineData("See vol. 3, pp. 10-12 and p. 7 of it.", "See volume three, pages ten to twelve and page seven of it.")]
    [InlineData("It hit 104 degrees F on Monday.", "It hit one hundred four degrees Fahrenheit on Monday.")]
    [InlineData("Lows near 5 degrees C are likely.", "Lows near five degrees Celsius are likely.")]
    [InlineData("He played 28 min and scored.", "He played twenty-eight minutes and scored.")]
    [InlineData("Sales rose 4 pct last year.", "Sales rose four percent last year.")]
    // A four-digit count before a counted noun, not a year.
    [InlineData("The measure got 2019 votes.", "The measure got two thousand nineteen votes.")]
    [InlineData("The 2019 votes were recounted.", "The twenty nineteen votes were recounted.")]
    public void ReadsSuffixesReferencesAndScales(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
