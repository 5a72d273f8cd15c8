using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class LabelledSerialPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The hearing on RM 41/2209 opens Monday.", "The hearing on R M forty-one slash two two zero nine opens Monday.")]
    [InlineData("Consent LU 7/305 was declined.", "Consent L U seven slash three zero five was declined.")]
    [InlineData("Objections to BA 733/2025 close Friday.", "Objections to B A seven three three slash twenty twenty-five close Friday.")]
    [InlineData("Police opened RB 2048/09/2026 at Marlow.", "Police opened R B two zero four eight slash nine slash twenty twenty-six at Marlow.")]
    [InlineData("Sold with MOT 09/27 and spare keys.", "Sold with M O T September twenty twenty-seven and spare keys.")]
    [InlineData("The ute had rego 02/28 on it.", "The ute had rego February twenty twenty-eight on it.")]
    // The label, then "till", "until" or "to" before the month it runs out.
    [InlineData("Hatchback, rego until 08/27, new tyres.", "Hatchback, rego until August twenty twenty-seven, new tyres.")]
    [InlineData("Estate car, taxed till 11/26, one owner.", "Estate car, taxed till November twenty twenty-six, one owner.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A short first group after a label is a month or a day; a month past twelve is no expiry.
    [InlineData("The ABC 11/2026 issue.", "The A B C November twenty twenty-six issue.")]
    [InlineData("Sold with MOT 14/27 noted.", "Sold with M O T fourteen twenty-sevenths noted.")]
    public void LeavesOthers(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
