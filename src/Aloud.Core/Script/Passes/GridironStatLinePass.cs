using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An American football box score's individual lines, as a broadcaster reads them: after "RUSHING" or "RECEIVING",
/// "Ogbu 18-97" is carries (or catches) for yards, "eighteen for ninety-seven"; after "PASSING", "Tillman 22-31-1-248" is
/// completions of attempts, interceptions and yards, "twenty-two of thirty-one, one interception, two hundred forty-eight
/// yards". Only under one of those labels, so a score or a range elsewhere keeps its own reading.
/// </summary>
internal sealed class GridironStatLinePass(INumberWords numbers) : TokenPass
{
    /// <summary>The sentence's box-score label and where it stands (found once per sentence, so the pass stays linear).</summary>
    [ThreadStatic]
    private static (string? Text, int Index) label;

    public override string Name => "gridiron";

    public override List<Token> Apply(List<Token> tokens)
    {
        label = FindLabel(tokens);
        return base.Apply(tokens);
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } || At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "-" }
            || label.Text is null || label.Index >= index)
        {
            return 0;
        }
        var figures = new List<int>();
        var i = index;
        while (At(tokens, i) is { Kind: TokenKind.Number } figure && NumberText.IsPlain(figure.Text) && figure.Text.Length <= 4 && figures.Count < 4)
        {
            figures.Add(int.Parse(figure.Text, CultureInfo.InvariantCulture));
            i++;
            if (At(tokens, i) is not { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false } || At(tokens, i + 1) is not { Kind: TokenKind.Number, SpaceBefore: false })
            {
                break;
            }
            i++;
        }
        if (At(tokens, i) is { Kind: TokenKind.Number or TokenKind.Word, SpaceBefore: false } or { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false })
        {
            return 0;
        }
        string? words = (label.Text, figures) switch
        {
            ("PASSING", [var completed, var attempted, var intercepted, var yards]) =>
                $"{numbers.Cardinal(completed)} of {numbers.Cardinal(attempted)} , {Interceptions(intercepted)} , {numbers.Cardinal(yards)} {(yards == 1 ? "yard" : "yards")}",
            ("PASSING", [var completed, var attempted, var intercepted]) =>
                $"{numbers.Cardinal(completed)} of {numbers.Cardinal(attempted)} , {Interceptions(intercepted)}",
            ("RUSHING" or "RECEIVING", [var times, var yards]) => $"{numbers.Cardinal(times)} for {numbers.Cardinal(yards)}",
            _ => null,
        };
        if (words is null)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, i - index, words);
        return i - index;
    }

    private string Interceptions(int count) => count switch
    {
        0 => "no interceptions",
        1 => "one interception",
        _ => $"{numbers.Cardinal(count)} interceptions",
    };

    /// <summary>The box score's label ("RUSHING—") in this sentence, in capitals as agate prints it, and its place.</summary>
    private static (string? Text, int Index) FindLabel(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Text: "PASSING" or "RUSHING" or "RECEIVING" } found
                && At(tokens, k + 1) is { Kind: TokenKind.Punctuation, Text: "\u2014" or "-" or "--" or ":" or "\u2013" })
            {
                return (found.Text, k);
            }
        }
        return (null, -1);
    }
}
