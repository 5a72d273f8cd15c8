using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class LabelAbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The plant off the Co. Kerry coast opens.", "The plant off the County Kerry coast opens.")]
    [InlineData("Wales U20s beat Italy.", "Wales under-twenties beat Italy.")]
    [InlineData("U2 headlined.", "U two headlined.")]
    [InlineData("Sales guidance for H1 was cut.", "Sales guidance for the first half was cut.")]
    [InlineData("No 10 declined to comment.", "Number ten declined to comment.")]
    [InlineData("The altarpiece, c. 1520, returns home.", "The altarpiece, circa fifteen twenty, returns home.")]
    [InlineData("He was held under s. 41 of the Act.", "He was held under section forty-one of the Act.")]
    [InlineData("Att: 12,450.", "Attendance, twelve thousand four hundred fifty.")]
    [InlineData("Referee: P. Gray (Co Durham).", "Referee, P Gray, County Durham.")]
    [InlineData("Result: 1 Red Kite 3-1 fav won the handicap.", "Result, one Red Kite three to one favourite won the handicap.")]
    [InlineData("Officers quoted incident no. 58 of Monday.", "Officers quoted incident number fifty-eight of Monday.")]
    [InlineData("He was charged under s.18 of the Act.", "He was charged under section eighteen of the Act.")]
    [InlineData("They top the Premier Div 2 table.", "They top the Premier Division two table.")]
    [InlineData("She lived in Ballina, Co Mayo, all her life.", "She lived in Ballina, County Mayo, all her life.")]
    [InlineData("Warnings for Cos Kerry and Cork.", "Warnings for Counties Kerry and Cork.")]
    [InlineData("Train No. 22951 is late.", "Train number two two nine five one is late.")]
    [InlineData("A watercolour painted c.1890 sold.", "A watercolour painted circa eighteen ninety sold.")]
    [InlineData("The road between Nos 12 and 38 is shut.", "The road between numbers twelve and thirty-eight is shut.")]
    [InlineData("Emma Radley (GBR) d. Lena Voss (GER) 6-2, 6-3.", "Emma Radley, Britain, defeated Lena Voss, Germany, six two, six three.")]
    [InlineData("Radley d. Voss in straight sets.", "Radley defeated Voss in straight sets.")]
    [InlineData("The application, ref. 25/01877/FUL, can be viewed.", "The application, reference two five slash zero one eight seven seven slash F U L, can be viewed.")]
    [InlineData("The single spent 9 weeks at No 1.", "The single spent nine weeks at number one.")]
    [InlineData("Former Ireland No 8 Cian Daly has retired.", "Former Ireland number eight Cian Daly has retired.")]
    [InlineData("Beethoven's Symphony No. 9, Op. 125", "Beethoven's Symphony number nine, Opus one hundred twenty-five.")]
    [InlineData("A warning for Co. Kerry, Co. Clare and Co. Galway.", "A warning for County Kerry, County Clare and County Galway.")]
    [InlineData("Hay delivered to Co. Laois, any quantity.", "Hay delivered to County Laois, any quantity.")]
    [InlineData("The train, 12951 Mumbai Rajdhani, was late.", "The train, one two nine five one Mumbai Rajdhani, was late.")]
    [InlineData("Cons: Fogarty 3. Pens: Fogarty 4.", "Conversions, Fogarty three Penalties, Fogarty four.")]
    [InlineData("Aberdeen 1 Dundee Utd 0.", "Aberdeen one Dundee United zero.")]
    [InlineData("Entries were graded A or A* this summer.", "Entries were graded A or A star this summer.")]
    [InlineData("A truck with the plate KWN-5207 left.", "A truck with the plate K W N five two zero seven left.")]
    [InlineData("A van, registration 191-C-2047, was found.", "A van, registration one nine one C two zero four seven, was found.")]
    [InlineData("a Honda with Ohio plates HKT 4471", "a Honda with Ohio plates H K T four four seven one.")]
    [InlineData("Call 101, quoting incident 482 of 14 November.", "Call one zero one, quoting incident four eight two of the fourteenth of November.")]
    [InlineData("PM Dorothea Lisle said the UK would help.", "Prime Minister Dorothea Lisle said the U K would help.")]
    [InlineData("a silver Toyota with the plate KDG 482T", "a silver Toyota with the plate K D G four eight two T.")]
    [InlineData("The court found that s 18C did not breach the freedom.", "The court found that section eighteen C did not breach the freedom.")]
    [InlineData("Planning application ref 25/01873/FUL was refused.", "Planning application reference two five slash zero one eight seven three slash F U L was refused.")]
    // A registration after its label: spaced groups up to five digits, or one word of capitals and digits.
    [InlineData("Police seek a van with Ohio plate KT 51842.", "Police seek a van with Ohio plate K T five one eight four two.")]
    [InlineData("The car, registration PLR729, was found.", "The car, registration P L R seven two nine, was found.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Smith and Co Ltd. won the bid.")]
    [InlineData("Anderson, Co Chair, spoke.")]
    public void A_company_or_a_co_title_is_no_county(string written) =>
        Assert.DoesNotContain("County", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
