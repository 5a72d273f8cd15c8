using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("DS Nia Powell gave evidence.", "Detective Sergeant Nia Powell gave evidence.")]
    [InlineData("DC United lost again.", "D C United lost again.")]
    [InlineData("Washington, DC Mayor Ana Ruiz spoke.", "Washington, D C Mayor Ana Ruiz spoke.")]
    [InlineData("The St Mary's choir sang.", "The Saint Mary's choir sang.")]
    [InlineData("The village, pop. 820, votes today.", "The village, population eight hundred twenty, votes today.")]
    [InlineData("The shop at 310 Lake Ave. S. closed.", "The shop at three ten Lake Avenue South closed.")]
    [InlineData("Coun. Ada Price voted no.", "Councillor Ada Price voted no.")]
    [InlineData("Const. Raj Gill made the arrest.", "Constable Raj Gill made the arrest.")]
    [InlineData("Sr. Agnes Otieno runs the clinic.", "Sister Agnes Otieno runs the clinic.")]
    [InlineData("An offence under s. 18 was charged.", "An offence under section eighteen was charged.")]
    [InlineData("The Gr. 2 stakes went to Tally.", "The Group two stakes went to Tally.")]
    [InlineData("The 4-y-o won again.", "The four year-old won again.")]
    [InlineData("The ruling in Ames (2nd Cir. 2021) stands.", "The ruling in Ames, second Circuit twenty twenty-one, stands.")]
    [InlineData("India 2nd inns 301 all out.", "India second innings three hundred one all out.")]
    [InlineData("Colorado 4, Dallas 3 (SO) ended it.", "Colorado four, Dallas three, shootout, ended it.")]
    [InlineData("A flat in Borivali (E) was raided.", "A flat in Borivali, East, was raided.")]
    [InlineData("The PM spoke first.", "The P M spoke first.")]
    [InlineData("Det Insp Mary Kane led the inquiry.", "Detective Inspector Mary Kane led the inquiry.")]
    [InlineData("Cllr Tom Reid chaired it.", "Councillor Tom Reid chaired it.")]
    [InlineData("Gen Z shoppers want it.", "Gen Z shoppers want it.")]
    [InlineData("Trains to Bury St Edmunds are cut.", "Trains to Bury Saint Edmunds are cut.")]
    [InlineData("A crash closed the Monash Fwy.", "A crash closed the Monash Freeway.")]
    [InlineData("The Harbour St depot closes in March.", "The Harbour Street depot closes in March.")]
    [InlineData("Crews were sent to Pohutu Cres after the storm.", "Crews were sent to Pohutu Crescent after the storm.")]
    [InlineData("She lives on Kingsley Dr. near the park.", "She lives on Kingsley Drive near the park.")]
    [InlineData("New lanes open on King St. W. next week.", "New lanes open on King Street west next week.")]
    [InlineData("W: Haskell (7-3).", "Winner, Haskell, seven and three.")]
    [InlineData("L: Brennan (4-6); Sv: Oduya (12).", "Loser, Brennan, four and six, Save, Oduya, twelve.")]
    [InlineData("Plan W: Haskell (7-3) agreed.", "Plan W, Haskell, seven and three, agreed.")]
    [InlineData("Ask Dr. Hurst about it.", "Ask Doctor Hurst about it.")]
    [InlineData("Vasquez def. Holm in three sets.", "Vasquez defeated Holm in three sets.")]
    [InlineData("The mill, est. 1887, will close.", "The mill, established eighteen eighty-seven, will close.")]
    [InlineData("An est. 2,000 people came.", "An estimated two thousand people came.")]
    [InlineData("The law, Pub. L. 118-42, took effect.", "The law, Public Law one eighteen forty-two, took effect.")]
    [InlineData("Burial is in Oak Hill Cemetery, Sect. 4.", "Burial is in Oak Hill Cemetery, Section four.")]
    [InlineData("The firm moved to 400 Lexington Ave., Ste. 1200.", "The firm moved to four hundred Lexington Avenue, Suite twelve hundred.")]
    [InlineData("Harwick Bros. Inc. reported a loss.", "Harwick Brothers Incorporated reported a loss.")]
    [InlineData("Orrin Textile Mfg. Co. has closed.", "Orrin Textile Manufacturing Company has closed.")]
    [InlineData("The Teachers Assn. endorsed it.", "The Teachers Association endorsed it.")]
    [InlineData("It relied on Art. 5 of the charter.", "It relied on Article five of the charter.")]
    [InlineData("Crews will close Rte. 9 tonight.", "Crews will close Route nine tonight.")]
    [InlineData("See Sec. 4 of the act.", "See Section four of the act.")]
    [InlineData("Sec. Ruiz spoke.", "Secretary Ruiz spoke.")]
    [InlineData("Lakewood 34, Central Valley 31 (OT).", "Lakewood thirty-four, Central Valley thirty-one, overtime.")]
    [InlineData("He was an OT at the clinic.", "He was an O T at the clinic.")]
    [InlineData("Deputies from the Marlow Co. Sheriff's Office arrived.", "Deputies from the Marlow County Sheriff's Office arrived.")]
    [InlineData("He is being held in the Tate Co. jail.", "He is being held in the Tate County jail.")]
    [InlineData("The couple moved here from Lenox Co.", "The couple moved here from Lenox County.")]
    [InlineData("Shares of the Harwell Co. rose.", "Shares of the Harwell Company rose.")]
    [InlineData("Orrin Textile Co. said it would hire.", "Orrin Textile Company said it would hire.")]
    [InlineData("The crash was at Elm St. and St. Ann Ave.", "The crash was at Elm Street and Saint Ann Avenue.")]
    [InlineData("Officers searched a home on Birch St. N.E. on Monday.", "Officers searched a home on Birch Street northeast on Monday.")]
    [InlineData("The clinic on 4th Ave. S.W. is closed.", "The clinic on fourth Avenue southwest is closed.")]
    [InlineData("The diner at 910 Hwy. 12 N. was robbed.", "The diner at nine hundred ten Highway twelve North was robbed.")]
    [InlineData("The Harlow Vol. Fire Co. held a dinner.", "The Harlow Volunteer Fire Company held a dinner.")]
    [InlineData("Crews will repave Rt. 30 next week.", "Crews will repave Route thirty next week.")]
    [InlineData("Geelong 11.8 (74) def. Essendon 9.6 (60).", "Geelong eleven eight, seventy-four, defeated Essendon nine six, sixty.")]
    [InlineData("The pool reopens Sat.", "The pool reopens Saturday.")]
    [InlineData("She died Tues. at her home.", "She died Tuesday at her home.")]
    [InlineData("He reads the Sun.", "He reads the Sun.")]
    [InlineData("Bayside 2, Merton 1 (3 OT).", "Bayside two, Merton one, three overtimes.")]
    [InlineData("For sale: 4 bd, 3 ba, pool.", "For sale, four bedrooms, three bathrooms, pool.")]
    [InlineData("She earned a BA in 2019.", "She earned a B A in twenty nineteen.")]
    [InlineData("Lt. Gen. (ret.) Ames spoke.", "Lieutenant General, retired, Ames spoke.")]
    [InlineData("The ship's capt. radioed for help.", "The ship's captain radioed for help.")]
    [InlineData("Talk to the Gov. first.", "Talk to the Governor first.")]
    [InlineData("Fruit, e.g. apples and pears, is cheap.", "Fruit, for example apples and pears, is cheap.")]
    [InlineData("Use a term, i.e. a word, that fits.", "Use a term, that is a word, that fits.")]
    [InlineData("The min. age is 16.", "The minimum age is sixteen.")]
    [InlineData("Asst. Coach Lyle Burke left.", "Assistant Coach Lyle Burke left.")]
    [InlineData("The rule is Fed. R. Civ. P. 12.", "The rule is Federal Rule of Civil Procedure twelve.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // British copy's undotted "St" and "Mt" before a name are the saint and the mountain; after a street's name "St"
    // is left for the street reading.
    [InlineData("We met at St Aldric's Church.", "We met at Saint Aldric's Church.")]
    [InlineData("St Ives is busy.", "Saint Ives is busy.")]
    [InlineData("They climbed Mt Kessaro.", "They climbed Mount Kessaro.")]
    [InlineData("on Elm St in May", "on Elm Street in May.")]
    public void ReadsUndottedSaintAndMount(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Ranks and church titles said in full; a rank after "to" or "as" ending its clause is the rank itself.
    [InlineData("The parish was blessed by Abp. Ruth Maddern.", "The parish was blessed by Archbishop Ruth Maddern.")]
    [InlineData("He retired as Capt., the navy said.", "He retired as Captain, the navy said.")]
    [InlineData("They promoted her to Lt.", "They promoted her to Lieutenant.")]
    [InlineData("She moved to St. Albans.", "She moved to Saint Albans.")]
    public void ReadsRanksAndChurchTitles(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Road and station types without their full stop after a place's name; quarter and per annum with theirs.
    [InlineData("The crash closed Tuakana Rd near the bridge.", "The crash closed Tuakana Road near the bridge.")]
    [InlineData("The train reached Morvi Jn after dawn.", "The train reached Morvi Junction after dawn.")]
    [InlineData("The Ave Maria was sung.", "The Ave Maria was sung.")]
    [InlineData("Sales fell in the fourth qtr. of the year.", "Sales fell in the fourth quarter of the year.")]
    [InlineData("The ground rent is £250 p.a. for now.", "The ground rent is two hundred fifty pounds per annum for now.")]
    [InlineData("He backed House Bill No. 2041 on Monday.", "He backed House Bill number twenty forty-one on Monday.")]
    [InlineData("a house on Ardagh Cres. in the town", "a house on Ardagh Crescent in the town.")]
    [InlineData("A market on Market Sq from Friday.", "A market on Market Square from Friday.")]
    [InlineData("a crash on Hwy 19 and on Rte. 9", "a crash on Highway nineteen and on Route nine.")]
    [InlineData("Hallam Bros. Ltd and Kestrel Pty Ltd failed.", "Hallam Brothers Limited and Kestrel Proprietary Limited failed.")]
    [InlineData("Merlion Holdings Bhd rose.", "Merlion Holdings Berhad rose.")]
    [InlineData("The Leafs beat the Senators 4-3 in OT on Saturday.", "The Leafs beat the Senators four to three in overtime on Saturday.")]
    [InlineData("Brisbane Heat 7-184 (20 overs) def Sydney Sixers 9-171 (20 overs).", "Brisbane Heat seven for one hundred eighty-four, twenty overs, defeated Sydney Sixers nine for one hundred seventy-one, twenty overs.")]
    [InlineData("Geelong 12.14 (86) d Essendon 9.8 (62).", "Geelong twelve fourteen, eighty-six, defeated Essendon nine eight, sixty-two.")]
    // "v" between two sides: a fixture, a case.
    [InlineData("Leinster v Munster is sold out.", "Leinster versus Munster is sold out.")]
    [InlineData("The court applied Smith v Jones on appeal.", "The court applied Smith versus Jones on appeal.")]
    [InlineData("Take vitamin v daily.", "Take vitamin v daily.")]
    public void ReadsPlaceTypesAndBusinessAbbreviations(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
