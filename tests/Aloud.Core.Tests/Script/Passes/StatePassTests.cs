using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class StatePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("A Lethbridge, Alta., woman won.", "A Lethbridge, Alberta, woman won.")]
    // A code before a long digit string labels that number; a code after another degree in a list is a degree.
    [InlineData("Claims go to the widow of Jan Mokoena, ID 7811025123089.", "Claims go to the widow of Jan Mokoena, I D seven eight one one zero two five one two three zero eight nine.")]
    [InlineData("Dr. Lena Fisk, MBChB, MD, will speak.", "Doctor Lena Fisk, M B C H B, M D, will speak.")]
    // "ACT" after a word of capitals and before a year is a statute; before a postcode it is the territory.
    [InlineData("HOUSING ACT 1988: Notice to tenants.", "HOUSING Act nineteen eighty-eight, Notice to tenants.")]
    // A degree after a titled person's name, or beside another degree, is spelt; after a city it is the state.
    [InlineData("Dr. Omar Vell, MD, joined the board.", "Doctor Omar Vell, M D, joined the board.")]
    [InlineData("Kira Tamm, PA, RN, runs the ward.", "Kira Tamm, P A, R N, runs the ward.")]
    [InlineData("The firm left Frederick, MD, in June.", "The firm left Frederick, Maryland, in June.")]
    [InlineData("He moved to Moncton, N.B., in May.", "He moved to Moncton, New Brunswick, in May.")]
    [InlineData("Rep. Ana Cruz, D-New Bedford, voted no.", "Representative Ana Cruz, Democrat of New Bedford, voted no.")]
    [InlineData("Prosecutors cited Cal. Penal Code § 187(a).", "Prosecutors cited California Penal Code section one eighty-seven a.")]
    [InlineData("It violates Tex. Penal Code rules.", "It violates Texas Penal Code rules.")]
    [InlineData("Write to 100 Main St., Washington, DC 20001.", "Write to one hundred Main Street, Washington, D C two zero zero zero one.")]
    [InlineData("Rep. Ruiz, R-Texas, said no.", "Representative Ruiz, Republican of Texas, said no.")]
    [InlineData("Sen. Park (D-Calif.) voted.", "Senator Park, Democrat of California, voted.")]
    [InlineData("Rep. Hale, D-N.Y., spoke.", "Representative Hale, Democrat of New York, spoke.")]
    [InlineData("Sen. Ames, I-Vt., spoke.", "Senator Ames, Independent of Vermont, spoke.")]
    [InlineData("She moved to Boise, ID last year.", "She moved to Boise, Idaho last year.")]
    [InlineData("He grew up in Tulsa, Okla., and moved.", "He grew up in Tulsa, Oklahoma, and moved.")]
    // A dotted state with a dot inside its letters, after a word of place.
    [InlineData("Crews were sent across Ohio and W.Va. overnight.", "Crews were sent across Ohio and West Virginia overnight.")]
    [InlineData("In N.H. the storm hit first.", "In New Hampshire the storm hit first.")]
    [InlineData("She lives in Mesa, Ariz. now.", "She lives in Mesa, Arizona now.")]
    [InlineData("Offices in Hartford, CT; Boston, MA; and Austin, TX.", "Offices in Hartford, Connecticut, Boston, Massachusetts, and Austin, Texas.")]
    // An Australian state between a town and its postcode.
    [InlineData("Write to PO Box 19, Wagga Wagga NSW 2650.", "Write to P O Box nineteen, Wagga Wagga New South Wales two six five zero.")]
    [InlineData("The depot is in Toowoomba Qld 4350.", "The depot is in Toowoomba Queensland four three five zero.")]
    // A Canadian province between its city and a postal code; a post-office box's town and its postcode.
    [InlineData("Send it to Brandon, MB R7A 2B4 by Friday.", "Send it to Brandon, Manitoba R seven A two B four by Friday.")]
    [InlineData("Replies to PO Box 2211, Kimberley 8300.", "Replies to P O Box twenty-two eleven, Kimberley eight three zero zero.")]
    public void ReadsStatesInContext(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Postal codes that are also words stay words outside "City, ST".
    [InlineData("Log IN or OR go.", "Log IN or OR go.")]
    [InlineData("the D-Day landings", "the D-Day landings.")]
    // Author initials in a semicolon list are letters, not states.
    [InlineData("Ortiz, RM; Baker, CT; Lund, P (1999).", "Ortiz, R M, Baker, C T, Lund, P, nineteen ninety-nine.")]
    [InlineData("Ames, K; Cole, MA; Reyes, JT.", "Ames, K, Cole, M A, Reyes, J T.")]
    [InlineData("They flew to Regina, ON Friday.", "They flew to Regina, ON Friday.")]
    public void LeavesWordsAlone(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
