using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Telephone and social security numbers, read digit by digit in their groups with a breath between groups:
/// "(555) 123-4567" -> "five five five, one two three, four five six seven", "+1 555 123 4567", "1-800-555-0199",
/// "111-11-1111". Also dotted IPv4 addresses, "10.0.0.1" -> "one zero dot zero dot zero dot one" (any four dotted groups of up to three digits: no decimal has three dots). Only the shapes
/// numbers are written in match, so a range ("2-5") or a score ("3-2") never does.
/// </summary>
internal sealed class TelephonePass(INumberWords numbers) : TokenPass
{
    private const int MaxGroups = 6;

    public override string Name => "telephone";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind == TokenKind.Number && IsIpAddress(token.Text))
        {
            replacement = Spoken(tokens, index, 1, string.Join(" dot ", token.Text.Split('.').Select(numbers.Digits)));
            return 1;
        }
        var groups = new List<string>();
        var i = index;
        var prefixed = false;
        if (token is { Kind: TokenKind.Symbol, Text: "+" } && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: false } country
            && country.Text.Length <= 3 && NumberText.IsPlain(country.Text))
        {
            // "+1": the country code is its own group, said "plus one".
            groups.Add($"plus {numbers.Digits(country.Text)}");
            i += 2;
            prefixed = true;
            if (At(tokens, i) is { Kind: TokenKind.Punctuation, Text: "-" or ".", SpaceBefore: false })
            {
                i++;
            }
        }
        var areaCode = false;
        if (At(tokens, i) is { Kind: TokenKind.Punctuation, Text: "(" }
            && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: false } area && area.Text.Length == 3 && NumberText.IsPlain(area.Text)
            && At(tokens, i + 2) is { Kind: TokenKind.Punctuation, Text: ")", SpaceBefore: false })
        {
            // "(555) 123-4567": an area code in parentheses.
            groups.Add(numbers.Digits(area.Text));
            i += 3;
            areaCode = true;
            if (At(tokens, i) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false })
            {
                i++;
            }
        }
        var start = groups.Count;
        while (groups.Count - start < MaxGroups && At(tokens, i) is { Kind: TokenKind.Number } digits && NumberText.IsPlain(digits.Text)
            && digits.Text.Length <= 4)
        {
            groups.Add(numbers.Digits(digits.Text));
            i++;
            // Between groups a dash, or (after "+1" or an area code, where the shape is already clear) a space.
            if (At(tokens, i) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
                && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: false })
            {
                i++;
                continue;
            }
            if (!(prefixed || areaCode) || At(tokens, i) is not { Kind: TokenKind.Number, SpaceBefore: true })
            {
                break;
            }
        }
        var body = groups.Skip(start).Select(g => g.Split(' ').Length).ToList();
        if (!IsPhoneShape(body, prefixed || areaCode))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, i - index, string.Join(" , ", groups));
        return i - index;
    }

    /// <summary>
    /// 3-3-4 (a US number, with optional extension groups), 3-2-4 (a social security number), 1-3-3-4
    /// ("1-800-555-0199"), or, after a country code or area code, any two to four groups of two to four digits.
    /// </summary>
    private static bool IsPhoneShape(List<int> lengths, bool prefixed)
    {
        if (lengths.Count >= 3 && lengths[0] == 3 && lengths[1] is 3 or 2 && lengths[2] == 4)
        {
            return true;
        }
        if (lengths.Count >= 4 && lengths[0] == 1 && lengths[1] == 3 && lengths[2] == 3 && lengths[3] == 4)
        {
            return true;
        }
        return prefixed && lengths.Count is >= 2 and <= 4 && lengths.All(l => l is >= 2 and <= 4);
    }

    private static bool IsIpAddress(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && NumberText.IsPlain(p));
    }
}
