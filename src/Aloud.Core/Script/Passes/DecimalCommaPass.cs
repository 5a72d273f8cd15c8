using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// South African copy writes "R1,85 million", "6,8%" and "R8 500": a decimal comma and thousands grouped by spaces.
/// This pass runs first and rewrites such figures into the point-and-no-space form ("R1.85", "6.8", "R8,500") that
/// the money, percent and measure passes already read; each rewritten token keeps the span of what was written.
/// A thousands comma always has exactly three digits after it, so a comma with one or two digits after it is a
/// decimal comma wherever a rand amount, a percent sign, a unit or a scale word makes the figure a quantity.
/// Spaced thousands are read only in a sentence that is South African by its own evidence (a rand amount or a
/// decimal comma), and only in a rand amount or before a unit, so "in 3 400-metre races" keeps its two numbers.
/// </summary>
internal sealed class DecimalCommaPass : TokenPass
{
    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "million", "billion", "trillion", "bn", "m", "mn", "lakh", "crore",
    };

    public override string Name => "decimal-comma";

    // Apply rewrites tokens in place of the one-match-one-token contract; Match is never asked.
    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = tokens[index];
        return 0;
    }

    public override List<Token> Apply(List<Token> tokens)
    {
        if (!tokens.Any(t => t.Kind == TokenKind.Number || IsGluedRand(t)))
        {
            return tokens;
        }
        var result = new List<Token>(tokens.Count);
        var changed = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var consumed = TryDecimalComma(tokens, i, out var rewritten);
            if (consumed > 0)
            {
                result.Add(rewritten!);
                i += consumed - 1;
                changed = true;
                continue;
            }
            result.Add(tokens[i]);
        }
        var south = changed || tokens.Any(IsGluedRand) || HasSpacedRand(tokens);
        if (south && JoinSpacedThousands(result))
        {
            changed = true;
        }
        return changed ? result : tokens;
    }

    /// <summary>"R24" glued: a rand amount's opening token.</summary>
    private static bool IsGluedRand(Token t) =>
        t.Kind == TokenKind.Word && t.Text.Length > 1 && t.Text[0] == 'R' && char.IsAsciiDigit(t.Text[1]) && t.Text.Skip(1).All(IsFigureChar);

    /// <summary>"R 24" with one space: still a rand amount.</summary>
    private static bool HasSpacedRand(List<Token> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Is("R") && tokens[i + 1].Kind == TokenKind.Number && !HasLetter(tokens[i + 1].Text))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFigureChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',';

    private static bool HasLetter(string text) => text.Any(char.IsLetter);

    /// <summary>Whether a figure's comma is followed by one or two digits to its end: never a thousands comma.</summary>
    private static bool EndsInShortCommaGroup(string digits)
    {
        var comma = digits.LastIndexOf(',');
        return comma > 0 && digits.IndexOf(',') == comma && !digits.Contains('.')
            && digits.Length - comma - 1 is 1 or 2 && digits.Skip(comma + 1).All(char.IsAsciiDigit) && digits[..comma].All(char.IsAsciiDigit);
    }

    /// <summary>How many tokens a decimal-comma figure spans from <paramref name="i"/>, and the figure rewritten.</summary>
    private static int TryDecimalComma(List<Token> tokens, int i, out Token? rewritten)
    {
        rewritten = null;
        var t = tokens[i];
        // "R1,85": the tokenizer stops the word at the comma, so the rand word, the comma and the cents are three tokens.
        if (IsGluedRand(t) && t.Text.Skip(1).All(char.IsAsciiDigit)
            && At(tokens, i + 1) is { } comma && comma.IsPunctuation(",") && !comma.SpaceBefore
            && At(tokens, i + 2) is { Kind: TokenKind.Number } cents && !cents.SpaceBefore && cents.Text.Length is 1 or 2 && cents.Text.All(char.IsAsciiDigit))
        {
            rewritten = Joined(t, cents, t.Text + "." + cents.Text, TokenKind.Word);
            return 3;
        }
        if (t.Kind != TokenKind.Number || !EndsInShortCommaGroup(t.Text))
        {
            return 0;
        }
        var previous = At(tokens, i - 1);
        var rand = previous is not null && !t.SpaceBefore && previous.Kind == TokenKind.Word && previous.Is("R");
        // "seas 2,5-3 m", "2,5-3,5%": a span's low end, whose high end carries the unit for both.
        var spanStart = At(tokens, i + 1) is { Text: "-" or "\u2013", SpaceBefore: false } && At(tokens, i + 2) is { Kind: TokenKind.Number, SpaceBefore: false } high
            && (EndsInShortCommaGroup(high.Text) || high.Text.All(char.IsAsciiDigit)) && IsQuantityWord(At(tokens, i + 3));
        if (rand || spanStart || IsQuantityWord(At(tokens, i + 1)))
        {
            rewritten = t with { Text = t.Text.Replace(',', '.') };
            return 1;
        }
        return 0;
    }

    /// <summary>What makes a figure a quantity: a percent sign, a scale word or a unit after it.</summary>
    private static bool IsQuantityWord(Token? next) => next switch
    {
        null => false,
        // The tokenizer files "%" as punctuation (Unicode's other punctuation).
        { Kind: TokenKind.Punctuation or TokenKind.Symbol } when next.Is("%") => true,
        { Kind: TokenKind.Word } => ScaleWords.Contains(next.Text) || Units.Read(next.Text, one: false, glued: true) is not null,
        _ => false,
    };

    /// <summary>Joins "8" "500" (one space apart) into "8,500" where a rand amount or a unit makes it a quantity.</summary>
    private static bool JoinSpacedThousands(List<Token> tokens)
    {
        var changed = false;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i];
            var randHead = IsGluedRand(head) && head.Text.Length <= 4 && head.Text.Skip(1).All(char.IsAsciiDigit);
            var plainHead = head.Kind == TokenKind.Number && head.Text.Length <= 3 && head.Text.All(char.IsAsciiDigit);
            if (!randHead && !plainHead)
            {
                continue;
            }
            var end = i;
            while (At(tokens, end + 1) is { Kind: TokenKind.Number } group && IsThousandsGroup(tokens[end], group))
            {
                end++;
            }
            if (end == i)
            {
                continue;
            }
            var afterGroups = At(tokens, end + 1);
            // "3 400-metre races": a hyphen after the last group makes it a compound adjective of its own.
            if (afterGroups is not null && afterGroups.IsPunctuation("-") && !afterGroups.SpaceBefore)
            {
                continue;
            }
            var rand = randHead || (At(tokens, i - 1) is { Kind: TokenKind.Word } r && r.Is("R") && !head.SpaceBefore);
            if (!rand && !IsUnitAfter(tokens, end + 1))
            {
                continue;
            }
            // Joined with the thousands comma the money pass looks for: "R8500" could be a road, "R8,500" is rand. A rand
            // word stays a word, followed by the comma (over the space it stands for) and the rest, as "R8,500" is tokenised.
            var rest = string.Join(',', tokens.Skip(i + 1).Take(end - i).Select(t => t.Text));
            var firstGroup = tokens[i + 1];
            List<Token> joined = randHead
                ? [head, new Token(TokenKind.Punctuation, ",", firstGroup.Start - 1, false), Joined(firstGroup, tokens[end], rest, TokenKind.Number) with { SpaceBefore = false }]
                : [Joined(head, tokens[end], head.Text + "," + rest, TokenKind.Number)];
            tokens.RemoveRange(i, end - i + 1);
            tokens.InsertRange(i, joined);
            i += joined.Count - 1;
            changed = true;
        }
        return changed;
    }

    /// <summary>A group of exactly three digits one space after the figure so far (a decimal part may close the last).</summary>
    private static bool IsThousandsGroup(Token previous, Token group)
    {
        if (!group.SpaceBefore || group.Start != previous.Start + previous.Length + 1 || previous.Text.Contains('.'))
        {
            return false;
        }
        var digits = group.Text;
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        return whole.Length == 3 && whole.All(char.IsAsciiDigit) && (point < 0 || digits[(point + 1)..].All(char.IsAsciiDigit));
    }

    /// <summary>A unit after the figure, spaced or after a slash ("1 200 m²", "5 420/t", "12 000 kℓ").</summary>
    private static bool IsUnitAfter(List<Token> tokens, int index)
    {
        var next = At(tokens, index);
        if (next is null)
        {
            return false;
        }
        if (next.IsPunctuation("/") && At(tokens, index + 1) is { Kind: TokenKind.Word } per)
        {
            return Units.ReadPer(per.Text) is not null && per.Text.Length <= 3;
        }
        return next.Kind == TokenKind.Word && (Units.Read(next.Text, one: false, glued: true) is not null || Units.IsName(next.Text));
    }

    private static Token Joined(Token first, Token last, string text, TokenKind kind) =>
        new(kind, text, first.Start, first.SpaceBefore) { Length = last.Start + last.Length - first.Start };
}
