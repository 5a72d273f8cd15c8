using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Telephone and social security numbers, read digit by digit in their groups with a breath between groups:
/// "(555) 123-4567" -> "five five five, one two three, four five six seven", "+1 555 123 4567", "1-800-555-0199",
/// "111-11-1111"; a meeting ID or passcode in spaced groups ("ID 882 4410 9317"). Also dotted IPv4 addresses, "10.0.0.1" -> "one zero dot zero dot zero dot one" (any four dotted groups of up to three digits: no decimal has three dots). Only the shapes
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
        if (token.Kind != TokenKind.Number && token is not { Kind: TokenKind.Symbol, Text: "+" } and not { Kind: TokenKind.Punctuation, Text: "(" })
        {
            // Every shape below starts with a number, "+" or "(": the rest of the sentence is not worth a list.
            return 0;
        }
        if (SpacedIdentifier(tokens, index) is ({ } identifier, var identifierTokens))
        {
            replacement = Spoken(tokens, index, identifierTokens, identifier);
            return identifierTokens;
        }
        if (IndianMobileNumber.Match(tokens, index, Announced(tokens, index)) is ( > 0 and var mobile, var firstGroup))
        {
            // "94170 52836" -> "nine four one seven zero, five two eight three six"; "+91" is said "plus nine one".
            var mobileGroups = firstGroup > index ? $"plus {numbers.Digits("91")} , " : "";
            replacement = Spoken(tokens, index, mobile, $"{mobileGroups}{numbers.Digits(tokens[firstGroup].Text)} , {numbers.Digits(tokens[firstGroup + 1].Text)}");
            return mobile;
        }
        if (LocalNumberLength(tokens, index) is var local and > 0)
        {
            replacement = Spoken(tokens, index, local, $"{numbers.Digits(token.Text)} , {numbers.Digits(tokens[index + local - 1].Text)}");
            return local;
        }
        if (IsListedEightDigitNumber(tokens, index))
        {
            // "Dunmore & Hale Funerals, 6921 4400, member": a local number of two groups of four after a business's name.
            replacement = Spoken(tokens, index, 2, $"{numbers.Digits(token.Text)} , {numbers.Digits(tokens[index + 1].Text)}");
            return 2;
        }
        if (ShortNumber(tokens, index) is ({ } shortNumber, var shortTokens))
        {
            replacement = Spoken(tokens, index, shortTokens, shortNumber);
            return shortTokens;
        }
        if (ServiceNumber(tokens, index) is ({ } service, var serviceTokens))
        {
            replacement = Spoken(tokens, index, serviceTokens, service);
            return serviceTokens;
        }
        if (SpacedNationalNumber(tokens, index) is ({ } spaced, var spacedTokens))
        {
            replacement = Spoken(tokens, index, spacedTokens, spaced);
            return spacedTokens;
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
            && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: false } area && NumberText.IsPlain(area.Text)
            // "(555) 123-4567", and Australia's "(02) 9876 5432": an area code with its trunk zero.
            && (area.Text.Length == 3 || area.Text.Length is 2 or 3 && area.Text[0] == '0')
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
        // "020 7946 0321": a national number with its trunk zero, in spaced groups (as Britain and much of Europe write
        // them). A count never starts with a zero, so the zero and the spaced groups after it make the shape clear.
        var trunk = !prefixed && !areaCode && At(tokens, i) is { Kind: TokenKind.Number } first && first.Text.Length is >= 2 and <= 5
            && first.Text[0] == '0' && NumberText.IsPlain(first.Text) && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: true };
        // "011-23978046": India's trunk code and a subscriber number of six to eight digits, joined by a dash.
        var dashedTrunk = !prefixed && !areaCode && At(tokens, i) is { Kind: TokenKind.Number } code && code.Text.Length is >= 3 and <= 5
            && code.Text[0] == '0' && NumberText.IsPlain(code.Text) && At(tokens, i + 1) is { Text: "-", SpaceBefore: false }
            && At(tokens, i + 2) is { Kind: TokenKind.Number, SpaceBefore: false } subscriber && subscriber.Text.Length is >= 6 and <= 8 && NumberText.IsPlain(subscriber.Text)
            && At(tokens, i + 3) is not { Text: "-", SpaceBefore: false };
        trunk |= dashedTrunk;
        var start = groups.Count;
        // After a trunk zero the groups may be longer ("01632 960123", South Africa's "08600 10111", Ireland's "022 31450").
        var longestGroup = dashedTrunk ? 8 : trunk ? 6 : 4;
        while (groups.Count - start < MaxGroups && At(tokens, i) is { Kind: TokenKind.Number } digits && NumberText.IsPlain(digits.Text)
            && digits.Text.Length <= longestGroup)
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
            if (!(prefixed || areaCode || trunk) || At(tokens, i) is not { Kind: TokenKind.Number, SpaceBefore: true })
            {
                break;
            }
        }
        var body = groups.Skip(start).Select(g => g.Split(' ').Length).ToList();
        // A national number has nine to eleven digits; a telephone word before it admits Ireland's shorter provincial
        // numbers ("on 022 31450", eight digits).
        if (trunk && (body.Sum() > 11 || body.Sum() < (Announced(tokens, index) ? 7 : 9)))
        {
            return 0;
        }
        if (!IsPhoneShape(body, prefixed || areaCode || trunk, longestGroup))
        {
            return 0;
        }
        // "(800) 555-0199": the area code in brackets is the number's first group.
        SayTollFreePrefix(groups, areaCode ? start - 1 : start);
        replacement = Spoken(tokens, index, i - index, string.Join(" , ", groups));
        return i - index;
    }

    private static readonly string[] TollFreePrefixes = ["800", "888", "877", "866", "855", "844", "833"];

    /// <summary>
    /// "1-800-555-0199" -> "one eight hundred, five five five...": a toll-free prefix is said as a number, and so is
    /// Britain's and New Zealand's freephone "0800 555 0123" -> "zero eight hundred, ...".
    /// </summary>
    private void SayTollFreePrefix(List<string> groups, int start)
    {
        if (groups.Count - start >= 2 && groups[start] == numbers.Digits("0800"))
        {
            groups[start] = $"{numbers.Digits("0")} eight hundred";
            return;
        }
        if (groups.Count - start == 3 && groups[start] == numbers.Digits("800"))
        {
            // "800-555-0199" without the leading one.
            groups[start] = "eight hundred";
            return;
        }
        if (groups.Count - start < 3 || groups[start] != numbers.Digits("1"))
        {
            return;
        }
        foreach (var prefix in TollFreePrefixes)
        {
            if (groups[start + 1] == numbers.Digits(prefix))
            {
                var said = prefix == "800" ? "eight hundred" : $"{numbers.Digits(prefix[..1])} {numbers.Digits(prefix[1..2])} {numbers.Digits(prefix[2..])}";
                groups[start] = $"{groups[start]} {said}";
                groups.RemoveAt(start + 1);
                return;
            }
        }
    }

    /// <summary>
    /// 3-3-4 (a US number, with optional extension groups), 3-2-4 (a social security number), 1-3-3-4
    /// ("1-800-555-0199"), or, after a country code or area code, any two to four groups of two to four digits (up to
    /// <paramref name="longestGroup"/> after a trunk zero).
    /// </summary>
    private static bool IsPhoneShape(List<int> lengths, bool prefixed, int longestGroup)
    {
        if (lengths.Count >= 3 && lengths[0] == 3 && lengths[1] is 3 or 2 && lengths[2] == 4)
        {
            return true;
        }
        if (lengths.Count >= 4 && lengths[0] == 1 && lengths[1] == 3 && lengths[2] == 3 && lengths[3] == 4)
        {
            return true;
        }
        return prefixed && lengths.Count is >= 2 and <= 4 && lengths.All(l => l >= 2 && l <= longestGroup);
    }

    /// <summary>
    /// "meeting ID 882 4410 9317", "passcode 4471 22": an identifier's spaced groups after its label, each said digit by
    /// digit with a breath between; null unless at least two groups follow the label.
    /// </summary>
    private (string? Words, int Count) SpacedIdentifier(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: >= 2 and <= 6 } first || !NumberText.IsPlain(first.Text)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "ID" or "Id" or "id" or "passcode" or "Passcode" or "PIN" or "code" or "Code" }
            || At(tokens, index + 1) is not { Kind: TokenKind.Number, SpaceBefore: true } second || !NumberText.IsPlain(second.Text) || second.Text.Length > 6)
        {
            return (null, 0);
        }
        var groups = new List<string>();
        var k = index;
        while (groups.Count < 6 && At(tokens, k) is { Kind: TokenKind.Number } group && NumberText.IsPlain(group.Text) && group.Text.Length <= 6 && (k == index || group.SpaceBefore))
        {
            groups.Add(numbers.Digits(group.Text));
            k++;
        }
        return (string.Join(" , ", groups), k - index);
    }

    /// <summary>Words that announce a telephone number: "call 268-6299", "phone: 555 1234".</summary>
    private static readonly HashSet<string> PhoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "call", "phone", "telephone", "tel", "dial", "fax", "mobile", "cell", "ring", "hotline", "phoned", "calling",
        "helpline", "freephone", "freefone", "toll-free", "contact", "contacted", "ph", "mob",
    };

    /// <summary>
    /// A local seven-digit number, three digits then four ("268-6299"), and how many tokens it spans (0 when not).
    /// With a dash it is a number only after a telephone word, or, standing alone before punctuation or the end,
    /// when the second part is not round and over ten times the first, which no range is ("500-1000 people",
    /// "200-2000"). With a space it needs the telephone word right before it ("call 268 6299").
    /// </summary>
    /// <summary>
    /// "Kerrigan Plumbing, 6921 4400, licensed": two spaced groups of four digits right after a name and its comma, with
    /// nothing after them but punctuation, are a local number as Australia and Hong Kong print one in a listing; a count
    /// would carry its noun, and two years side by side ("1998 2004") are left alone.
    /// </summary>
    private static bool IsListedEightDigitNumber(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 4 } first || !first.Text.All(char.IsAsciiDigit)
            || At(tokens, index + 1) is not { Kind: TokenKind.Number, SpaceBefore: true, Text.Length: 4 } second || !second.Text.All(char.IsAsciiDigit)
            || At(tokens, index + 2) is not (null or { Kind: TokenKind.Punctuation, Text: "," or "." or ";" or ")" })
            || At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "," }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
        {
            return false;
        }
        static bool IsYear(string digits) => digits[0] is '1' or '2' && int.Parse(digits) is >= 1600 and <= 2099;
        return !(IsYear(first.Text) && IsYear(second.Text));
    }

    private static int LocalNumberLength(IReadOnlyList<Token> tokens, int index)
    {
        var first = tokens[index];
        if (first.Kind != TokenKind.Number || first.Text.Length != 3 || !NumberText.IsPlain(first.Text) || first.Text[0] is '0' or '1')
        {
            return 0;
        }
        var dash = At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false };
        var second = At(tokens, index + (dash ? 2 : 1));
        if (second is not { Kind: TokenKind.Number } || second.Text.Length != 4 || !NumberText.IsPlain(second.Text)
            || second.SpaceBefore == dash)
        {
            return 0;
        }
        var end = index + (dash ? 3 : 2);
        if (At(tokens, end) is { Kind: TokenKind.Number or TokenKind.Symbol } or { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
        {
            return 0;
        }
        // "call Crime Stoppers at 555-0147": the verb may stand a few words back.
        var announced = Announced(tokens, index);
        if (!dash)
        {
            return At(tokens, index - 1) is { Kind: TokenKind.Word } before && PhoneWords.Contains(before.Text) ? 2 : 0;
        }
        // A second group with a leading zero ("555-0147") is no range's end: only a phone number is written so.
        if (announced || second.Text[0] == '0')
        {
            return 3;
        }
        var a = int.Parse(first.Text, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(second.Text, System.Globalization.CultureInfo.InvariantCulture);
        var standsAlone = At(tokens, end) is null or { Kind: TokenKind.Punctuation };
        return standsAlone && b % 100 != 0 && b > 10 * a ? 3 : 0;
    }

    /// <summary>
    /// Australia's national service numbers after a telephone word: "1800 333 000" -> "one eight hundred, three three
    /// three, zero zero zero" ("1300" likewise), and the six-digit "13 11 14" said in its pairs, "thirteen eleven
    /// fourteen", as the country says them. Null for any other shape, or with no telephone word a few words back.
    /// </summary>
    private (string? Words, int Count) ServiceNumber(IReadOnlyList<Token> tokens, int index)
    {
        static bool Group(Token? token, int length) => token is { Kind: TokenKind.Number, SpaceBefore: true } && token.Text.Length == length && NumberText.IsPlain(token.Text);
        static bool Dashed(Token? dash, Token? token) => dash is { Text: "-", SpaceBefore: false } && token is { Kind: TokenKind.Number, SpaceBefore: false } && NumberText.IsPlain(token.Text) && token.Text.Length is >= 2 and <= 4;
        if (tokens[index] is { Kind: TokenKind.Number, Text: "1800" } && Announced(tokens, index) && Dashed(At(tokens, index + 1), At(tokens, index + 2)) && Dashed(At(tokens, index + 3), At(tokens, index + 4)))
        {
            // "the toll-free number 1800-11-4000": India's freephone numbers are dashed.
            return ($"one eight hundred , {numbers.Digits(tokens[index + 2].Text)} , {numbers.Digits(tokens[index + 4].Text)}", 5);
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text: "116" } && Group(At(tokens, index + 1), 3) && tokens[index + 1].Text[0] is '0' or '1'
            && At(tokens, index + 2) is not { Kind: TokenKind.Number })
        {
            // "on 116 123": Europe's shared helpline numbers (116 000 to 116 123) are said digit by digit in their two
            // groups; no count is written as two spaced groups in English copy.
            return ($"{numbers.Digits("116")} , {numbers.Digits(tokens[index + 1].Text)}", 2);
        }
        if (tokens[index] is not { Kind: TokenKind.Number } first
            || At(tokens, index + 3) is { Kind: TokenKind.Number } or { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
        {
            return (null, 0);
        }
        // "Line 1800 666 111": a freephone prefix and two spaced groups of three is a number with or without a
        // telephone word (no year is followed by two groups of three digits).
        if (first.Text is "1800" or "1300" && Group(At(tokens, index + 1), 3) && Group(At(tokens, index + 2), 3))
        {
            var prefix = first.Text == "1800" ? "one eight hundred" : "one three hundred";
            return ($"{prefix} , {numbers.Digits(tokens[index + 1].Text)} , {numbers.Digits(tokens[index + 2].Text)}", 3);
        }
        if (!Announced(tokens, index))
        {
            return (null, 0);
        }
        if (first.Text.Length == 3 && NumberText.IsPlain(first.Text) && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "line" or "hotline" or "helpline" or "number" })
        {
            // "call the state's 767 line": a short number dialled is said digit by digit.
            return (numbers.Digits(first.Text), 1);
        }
        if (first.Text == "13" && Group(At(tokens, index + 1), 2) && Group(At(tokens, index + 2), 2) && tokens[index + 1].Text[0] != '0' && tokens[index + 2].Text[0] != '0')
        {
            return (string.Join(' ', Enumerable.Range(index, 3).Select(k => numbers.Cardinal(int.Parse(tokens[k].Text, System.Globalization.CultureInfo.InvariantCulture)))), 3);
        }
        if (first.Text.Length == 3 && first.Text.StartsWith("13", StringComparison.Ordinal) && NumberText.IsPlain(first.Text)
            && Group(At(tokens, index + 1), 3) && At(tokens, index + 2) is not { Kind: TokenKind.Number })
        {
            // "ring 132 500": the same six-digit number written as two groups of three is said so, digit by digit.
            return ($"{numbers.Digits(first.Text)} , {numbers.Digits(tokens[index + 1].Text)}", 2);
        }
        return (null, 0);
    }

    /// <summary>
    /// Local numbers no count is written as: a trunk area code in brackets and one group of five to eight digits ("(026)
    /// 20590"), or two spaced groups of four right after a telephone word ("ph. 4152 3380"), each group said digit by
    /// digit. Null for any other shape.
    /// </summary>
    private (string? Words, int Count) ShortNumber(IReadOnlyList<Token> tokens, int index)
    {
        static bool Plain(Token? token, int min, int max) => token is { Kind: TokenKind.Number } && token.Text.Length >= min && token.Text.Length <= max && NumberText.IsPlain(token.Text);
        // The group ends at a space, the sentence's end or a comma or stop before a space ("ph. 4152 3380, AFDA."); a
        // mark glued to more digits ("3380.5", "3380,75") makes it some other figure.
        bool Ends(int k) => At(tokens, k) is not ({ Kind: TokenKind.Number } or { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
            && !(At(tokens, k) is { Kind: TokenKind.Punctuation, Text: "." or ",", SpaceBefore: false } && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false });
        if (tokens[index] is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, index + 1) is { SpaceBefore: false } area && Plain(area, 2, 4) && area.Text[0] == '0'
            && At(tokens, index + 2) is { Text: ")", SpaceBefore: false } && At(tokens, index + 3) is { SpaceBefore: true } subscriber && Plain(subscriber, 5, 8)
            && Ends(index + 4))
        {
            return ($"{numbers.Digits(area.Text)} , {numbers.Digits(subscriber.Text)}", 4);
        }
        var label = At(tokens, index - 1) is { Text: "." or ":", SpaceBefore: false } ? At(tokens, index - 2) : At(tokens, index - 1);
        if (label is { Kind: TokenKind.Word } && PhoneWords.Contains(label.Text) && Plain(tokens[index], 4, 4) && At(tokens, index + 1) is { SpaceBefore: true } second
            && Plain(second, 4, 4) && Ends(index + 2))
        {
            return ($"{numbers.Digits(tokens[index].Text)} , {numbers.Digits(second.Text)}", 2);
        }
        return (null, 0);
    }

    /// <summary>
    /// "Doctor on call: Medinet, 1890 212 747", "tel 416 555 0199": three spaced groups of four, three and three digits
    /// (or three, three and four) with no trunk zero, after a name and its comma or colon or after a telephone word, are
    /// a number, each group said digit by digit; no count is written in spaced groups after a name's comma. Null otherwise.
    /// </summary>
    private (string? Words, int Count) SpacedNationalNumber(IReadOnlyList<Token> tokens, int index)
    {
        static bool Plain(Token? token, int length) => token is { Kind: TokenKind.Number } && token.Text.Length == length && NumberText.IsPlain(token.Text);
        if (At(tokens, index + 1) is not { SpaceBefore: true } second || At(tokens, index + 2) is not { SpaceBefore: true } third
            || !(Plain(tokens[index], 4) && Plain(second, 3) && Plain(third, 3) || Plain(tokens[index], 3) && Plain(second, 3) && Plain(third, 4))
            || tokens[index].Text[0] == '0'
            || At(tokens, index + 3) is { Kind: TokenKind.Number }
            || At(tokens, index + 3) is { Kind: TokenKind.Punctuation, Text: "-" or "/" or "." or ",", SpaceBefore: false } && At(tokens, index + 4) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return (null, 0);
        }
        var afterName = At(tokens, index - 1) is { Text: "," or ":" } && At(tokens, index - 2) is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]);
        if (!afterName && !Announced(tokens, index))
        {
            return (null, 0);
        }
        return ($"{numbers.Digits(tokens[index].Text)} , {numbers.Digits(second.Text)} , {numbers.Digits(third.Text)}", 3);
    }

    /// <summary>Whether a telephone word stands a few words before <paramref name="index"/> ("call Crime Stoppers on ...").</summary>
    private static bool Announced(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 5); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } w && PhoneWords.Contains(w.Text))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsIpAddress(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && NumberText.IsPlain(p));
    }
}
