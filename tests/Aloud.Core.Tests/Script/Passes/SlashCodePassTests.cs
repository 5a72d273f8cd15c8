using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SlashCodePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A reference of three or more slashed parts is read out part by part.
    [InlineData("The court adjourned case FHC/ABJ/CR/512/2025 until May.", "The court adjourned case F H C slash A B J slash C R slash five one two slash twenty twenty-five until May.")]
    [InlineData("Permit HS/2026/0417 was granted.", "Permit H S slash twenty twenty-six slash zero four one seven was granted.")]
    // A financial year written "2027-28" is one part of the reference, said side by side.
    [InlineData("Bids for work order KMC/PWD/2027-28/0093 close Monday.", "Bids for work order K M C slash P W D slash twenty twenty-seven twenty-eight slash zero zero nine three close Monday.")]
    // A serial with its letter prefix and the year it was registered keeps its slash.
    [InlineData("The farm passed under title K40219/2011 to his heirs.", "The farm passed under title K four zero two one nine slash twenty eleven to his heirs.")]
    [InlineData("Mortgage bond BM5531/2020 was cancelled.", "Mortgage bond B M five five three one slash twenty twenty was cancelled.")]
    // Dates and word pairs are not codes.
    [InlineData("It opened on 12/05/2026.", "It opened on December fifth twenty twenty-six.")]
    [InlineData("and/or", "and or.")]
    [InlineData("Call 101, quoting crime reference 4471/23.", "Call one zero one, quoting crime reference four four seven one slash two three.")]
    [InlineData("About 3/4 of voters agreed.", "About three quarters of voters agreed.")]
    // Slashed numbers after a reference label, past its abbreviation's stop or "No.", are one reference, never a fraction.
    [InlineData("The appeal, record no. 2024/207, was adjourned.", "The appeal, record number twenty twenty-four slash two zero seven, was adjourned.")]
    [InlineData("The application, ref. 26/71304, was approved.", "The application, reference two six slash seven one three zero four, was approved.")]
    [InlineData("Quote file number 260114/5521 when calling.", "Quote file number two six zero one one four slash five five two one when calling.")]
    [InlineData("He was charged under case reference 26/118/04.", "He was charged under case reference two six slash one one eight slash zero four.")]
    [InlineData("Only 3/4 of the seats were filled.", "Only three quarters of the seats were filled.")]
    // A year and a serial of three or more digits is a file's number whatever labels it.
    [InlineData("Objections to DA 2026/214 close Friday.", "Objections to D A twenty twenty-six slash two one four close Friday.")]
    // Two groups of digits joined by a hyphen after "ref" or "reference" are one reference, never a span; years stay a span.
    [InlineData("Call the helpline quoting ref 31-55107.", "Call the helpline quoting reference three one dash five five one zero seven.")]
    [InlineData("Her complaint, reference 2026-4419, is open.", "Her complaint, reference twenty twenty-six dash four four one nine, is open.")]
    [InlineData("The averages use reference 1991-2020 as a baseline.", "The averages use reference nineteen ninety-one to twenty twenty as a baseline.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
