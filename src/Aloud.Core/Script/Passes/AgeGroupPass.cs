using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A youth side's age group written with a slash, as club notices do: "the u/16A side" -> "the under-sixteen A side",
/// "U/12 girls" -> "under-twelve girls". Only a "u" joined by the slash to an age a junior grade uses (5 to 23), with
/// at most one team letter after it, so a fraction or a code stays for the passes that read those.
/// </summary>
internal sealed class AgeGroupPass(INumberWords numbers) : TokenPass
{
    public override string Name => "age-group";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, Text: "u" or "U" } under
            || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } age)
        {
            return 0;
        }
        var (digits, team) = NumberText.Split(age.Text);
        if (!NumberText.TryParseInteger(digits, out var years) || years is < 5 or > 23
            || team.Length > 1 || team.Length == 1 && !char.IsAsciiLetterUpper(team[0]))
        {
            return 0;
        }
        var said = $"{(char.IsUpper(under.Text[0]) && index == 0 ? "Under" : "under")}-{numbers.Cardinal(years)}";
        replacement = Spoken(tokens, index, 3, team.Length == 1 ? $"{said} {team}" : said);
        return 3;
    }
}
