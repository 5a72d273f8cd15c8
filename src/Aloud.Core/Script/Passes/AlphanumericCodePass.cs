using System.Text;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A code that interleaves digits and capital letters more than once ("7KDR219", "4471-A-09", "12B4C", "4B7"): a plate,
/// a serial or a part number, read character by character ("seven K D R two one nine"), hyphens silent. One change
/// between digits and letters ("F-35", "A421", "3M") is a name or a model, left to the other passes; so are codes
/// with lowercase letters ("4x100", "2-for-1"), which are words, and hyphenated groups of two or more letters
/// ("1-800-GO-2-HAUL"), which are words spelled into a phone number.
/// </summary>
internal sealed class AlphanumericCodePass(INumberWords numbers) : TokenPass
{
    private const int MaxTokens = 12;

    public override string Name => "serial";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number })
        {
            return 0;
        }
        var text = new StringBuilder();
        var count = 0;
        while (count < MaxTokens && At(tokens, index + count) is { } part && (count == 0 || !part.SpaceBefore)
            && part.Kind is TokenKind.Number or TokenKind.Word or TokenKind.Punctuation
            && (part.Kind != TokenKind.Punctuation || part.Text == "-" && At(tokens, index + count + 1) is { SpaceBefore: false, Kind: TokenKind.Number or TokenKind.Word }))
        {
            text.Append(part.Text);
            count++;
        }
        var code = text.ToString();
        // "beginning 4B7": a short code with a letter between digits is a code too; "4B" alone would read as billions.
        // "3Q24" and "1H25" (a quarter or half and its year) are dates, read by their own pass.
        var shortCode = code.Length is 3 or 4 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[^1]) && !code.Contains('-', StringComparison.Ordinal)
            && !(code.Length == 4 && code[1] is 'Q' or 'H');
        if ((code.Replace("-", "", StringComparison.Ordinal).Length < 5 && !shortCode) || !code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c) || c == '-')
            || Changes(code) < 2 || code.Split('-').Any(group => group.Length > 1 && group.All(char.IsAsciiLetterUpper)))
        {
            return 0;
        }
        var words = new List<string>();
        foreach (var c in code)
        {
            if (char.IsAsciiDigit(c))
            {
                words.Add(numbers.Digits(c.ToString()));
            }
            else if (c != '-')
            {
                words.Add(c.ToString());
            }
        }
        replacement = Spoken(tokens, index, count, string.Join(' ', words));
        return count;
    }

    /// <summary>How many times the code switches between a digit and a letter (hyphens ignored).</summary>
    private static int Changes(string code)
    {
        var changes = 0;
        bool? digit = null;
        foreach (var c in code)
        {
            if (c == '-')
            {
                continue;
            }
            var isDigit = char.IsAsciiDigit(c);
            if (digit is { } previous && previous != isDigit)
            {
                changes++;
            }
            digit = isDigit;
        }
        return changes;
    }
}
