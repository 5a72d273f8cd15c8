using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A British police officer's collar number between the rank and the surname: "PC 4471 Hughes" -> "P C forty-four
/// seventy-one Hughes", said in pairs as the force says it, never as a quantity. Only between a rank abbreviation and a
/// capitalised name, where no count stands.
/// </summary>
internal sealed class CollarNumberPass(INumberWords numbers) : TokenPass
{
    public override string Name => "serial";

    /// <summary>Ranks written before a collar number: constables, detectives, sergeants and community support officers.</summary>
    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "PC", "DC", "WPC", "PCSO", "Sgt", "DS", "PS", "Const", "Cst" };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, SpaceBefore: true } collar || collar.Text.Length is < 3 or > 5 || !NumberText.IsPlain(collar.Text)
            || collar.Text[0] == '0' || At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: true } surname
            || !char.IsUpper(surname.Text[0]) || !surname.Text.Skip(1).Any(char.IsLower))
        {
            return 0;
        }
        var rankAt = At(tokens, index - 1) is { Text: ".", SpaceBefore: false } ? index - 2 : index - 1;
        if (At(tokens, rankAt) is not { Kind: TokenKind.Word } rank || !Ranks.Contains(rank.Text))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, collar.Text.Length == 5 ? numbers.Digits(collar.Text) : NumberText.Pairs(numbers, collar.Text));
        return 1;
    }
}
