using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class BibleBookPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A book's abbreviation before a chapter is the book's name; a numbered book's part is an ordinal.
    [InlineData("The sermon took 2 Thess. 3 as its text.", "The sermon took Second Thessalonians three as its text.")]
    [InlineData("Tonight's reading is Prov. 31 again.", "Tonight's reading is Proverbs thirty-one again.")]
    [InlineData("Memorise Heb 12:1 this week.", "Memorise Hebrews twelve one this week.")]
    [InlineData("Study III Jn 1 at home.", "Study Third John one at home.")]
    // The abbreviations that are also names or shorthand need a chapter and verse.
    [InlineData("Meditate on Mk 10:45 daily.", "Meditate on Mark ten forty-five daily.")]
    [InlineData("The old Mk 2 hatchback ran well.", "The old Mk two hatchback ran well.")]
    // A book written in full stays as written.
    [InlineData("The class read Acts 9 together.", "The class read Acts nine together.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
