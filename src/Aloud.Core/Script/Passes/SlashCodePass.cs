using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A court, file or permit reference of three or more parts joined by slashes, "FHC/ABJ/CR/512/2025": each part said
/// as written (capitals letter by letter, a year as a year, other numbers digit by digit) with "slash" between, as a
/// clerk reads a case number out. Only codes with both a part of capitals and a part of digits, so dates ("12/05/2026")
/// and word lists ("and/or") are left to their own passes.
/// </summary>
internal sealed class SlashCodePass(INumberWords numbers) : TokenPass
{
    private const int MaxParts = 8;

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (index > 0 && At(tokens, index - 1) is { Text: "/", SpaceBefore: false })
        {
            return 0;
        }
        var parts = new List<Token>();
        var k = index;
        while (parts.Count < MaxParts && At(tokens, k) is { } part && (parts.Count == 0 || !part.SpaceBefore) && IsPart(part))
        {
            parts.Add(part);
            if (At(tokens, k + 1) is not { Text: "/", SpaceBefore: false } || At(tokens, k + 2) is not { SpaceBefore: false })
            {
                break;
            }
            k += 2;
        }
        if (parts.Count < 3 || !parts.Any(p => p.Kind == TokenKind.Word) || !parts.Any(p => p.Kind == TokenKind.Number)
            || At(tokens, index + (parts.Count * 2) - 1) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number })
        {
            return 0;
        }
        replacement = Spoken(tokens, index, (parts.Count * 2) - 1, string.Join(" slash ", parts.Select(Read)));
        return (parts.Count * 2) - 1;
    }

    private static bool IsPart(Token token) =>
        token.Kind == TokenKind.Number && NumberText.IsPlain(token.Text) && token.Text.Length <= 8
        || token.Kind == TokenKind.Word && token.Text.Length <= 6 && token.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && char.IsAsciiLetterUpper(token.Text[0]);

    private string Read(Token part)
    {
        if (part.Kind == TokenKind.Number)
        {
            return part.Text.Length == 4 && part.Text[0] is '1' or '2' && part.Text[1] is '9' or '0'
                ? numbers.Year(int.Parse(part.Text, CultureInfo.InvariantCulture))
                : numbers.Digits(part.Text);
        }
        return string.Join(' ', part.Text.Select(c => char.IsAsciiDigit(c) ? numbers.Digits(c.ToString()) : c.ToString()));
    }
}
