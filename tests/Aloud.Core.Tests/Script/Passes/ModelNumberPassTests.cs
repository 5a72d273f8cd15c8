using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ModelNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A four-digit model before the kind of machine it is, or with its letters glued on, is said in pairs.
    [InlineData("2014 KMT 642-55 Telehandler, one owner.", "twenty fourteen K M T six four two fifty-five Telehandler, one owner.")]
    [InlineData("For sale: a Fendt 1050 tractor, low hours.", "For sale, a Fendt ten fifty tractor, low hours.")]
    [InlineData("One owner Sierra 3500HD, tow pack.", "One owner Sierra thirty-five hundred H D, tow pack.")]
    // A count after a name stays a count.
    [InlineData("The Ministry 2500 vans were sold.", "The Ministry two thousand five hundred vans were sold.")]
    public void Reads_machine_models_in_pairs(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Lahore 287-6 (50 overs) beat Karachi 241 by 46 runs.", "Lahore two hundred eighty-seven for six, fifty overs, beat Karachi two hundred forty-one by forty-six runs.")]
    // A plural name is a party or a side whose number is a count.
    [InlineData("Labour won 390 seats, the Greens 114 and the Liberals 61.", "Labour won three hundred ninety seats, the Greens one hundred fourteen and the Liberals sixty-one.")]
    [InlineData("The Airbus 321 was delayed.", "The Airbus three twenty-one was delayed.")]
    [InlineData("The Boeing 787-9 seats 290.", "The Boeing seven eighty-seven nine seats two hundred ninety.")]
    [InlineData("Duke 102-98.", "Duke one hundred two to ninety-eight.")]
    [InlineData("a Boeing 787 landed", "a Boeing seven eighty-seven landed.")]
    [InlineData("his Porsche 911", "his Porsche nine eleven.")]
    [InlineData("a Peugeot 308", "a Peugeot three oh eight.")]
    [InlineData("Boeing 400 jobs", "Boeing four hundred jobs.")]
    [InlineData("the 737 MAX fleet", "the seven thirty-seven MAX fleet.")]
    [InlineData("the Vantor 208 hatchback", "the Vantor two oh eight hatchback.")]
    [InlineData("a Kestrel 412 sedan", "a Kestrel four twelve sedan.")]
    [InlineData("the Fiat 500 is small", "the Fiat five hundred is small.")]
    [InlineData("About 300 people came", "About three hundred people came.")]
    [InlineData("Duke 102, Clemson 98", "Duke one hundred two, Clemson ninety-eight.")]
    // The second side of an agate score is a score too, not a model.
    [InlineData("NBA: Boston 118, Milwaukee 109; Golden State 97, L.A. Lakers 102.", "N B A, Boston one hundred eighteen, Milwaukee one hundred nine, Golden State ninety-seven, L A Lakers one hundred two.")]
    [InlineData("The results were: Labour 1,318; Reform UK 906; Conservative 511.", "The results were, Labour one thousand three hundred eighteen, Reform U K nine hundred six, Conservative five hundred eleven.")]
    [InlineData("England 312 & 188 in the Test.", "England three hundred twelve and one hundred eighty-eight in the Test.")]
    [InlineData("India 312/8 (50 ov) beat Sri Lanka 276 (47.2 ov) by 36 runs.", "India three hundred twelve for eight, fifty overs, beat Sri Lanka two hundred seventy-six, forty-seven point two overs, by thirty-six runs.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A round hundred above a model after a name is its series; a score's winner comes first and a span starts round.
    [InlineData("The Boeing 737-800 landed safely.", "The Boeing seven thirty-seven eight hundred landed safely.")]
    // A neutral citation's number after the court's division is a count, not a model.
    [InlineData("It relied on [2023] EWCA Civ 517 throughout.", "It relied on, twenty twenty-three, E W C A Civ five hundred seventeen throughout.")]
    [InlineData("a Boeing 777-300 freighter", "a Boeing seven seventy-seven three hundred freighter.")]
    [InlineData("The Boeing 787-9 arrived on 5 Dec.", "The Boeing seven eighty-seven nine arrived on the fifth of December.")]
    [InlineData("Duke 112-100 Clemson", "Duke one hundred twelve to one hundred Clemson.")]
    [InlineData("Tickets 300-400 each", "Tickets three hundred to four hundred each.")]
    [InlineData("Tickets 350-400 each", "Tickets three hundred fifty to four hundred each.")]
    public void ReadsAModelSeries(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
