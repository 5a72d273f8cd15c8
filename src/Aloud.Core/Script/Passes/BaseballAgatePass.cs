using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A baseball box score's pitching line and its labels, as a broadcaster reads them: "Sato 6 IP, 3 H, 1 R, 9 K" -> "six
/// innings pitched, three hits, one run, nine strikeouts" (the letters only in a line that counts innings pitched), and
/// "HR: Pruitt (31)" -> "Home runs: Pruitt" where the label opens the line before a name and its bracketed season total.
/// </summary>
internal sealed class BaseballAgatePass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, (string One, string Many)> PitchingStats = new(StringComparer.Ordinal)
    {
        ["H"] = ("hit", "hits"),
        ["R"] = ("run", "runs"),
        ["ER"] = ("earned run", "earned runs"),
        ["BB"] = ("walk", "walks"),
        ["K"] = ("strikeout", "strikeouts"),
        ["SO"] = ("strikeout", "strikeouts"),
        ["HR"] = ("home run", "home runs"),
    };

    private static readonly Dictionary<string, string> LineLabels = new(StringComparer.Ordinal)
    {
        ["HR"] = "Home runs",
        ["2B"] = "Doubles",
        ["3B"] = "Triples",
        ["SB"] = "Stolen bases",
    };

    /// <summary>Whether the sentence being read counts innings pitched, found once per sentence so the pass stays linear.</summary>
    [ThreadStatic]
    private static bool countsInningsPitched;

    public override string Name => "baseball";

    public override List<Token> Apply(List<Token> tokens)
    {
        countsInningsPitched = CountsInningsPitched(tokens);
        return base.Apply(tokens);
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (Label(tokens, index) is { } label)
        {
            replacement = Spoken(tokens, index, 1, label);
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } count || At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: true } stat || !countsInningsPitched)
        {
            return 0;
        }
        if (stat.Text == "IP" && InningsWords(count.Text) is { } innings)
        {
            replacement = Spoken(tokens, index, 2, $"{innings} pitched");
            return 2;
        }
        if (PitchingStats.TryGetValue(stat.Text, out var names) && NumberText.IsPlain(count.Text) && count.Text.Length <= 2)
        {
            var value = int.Parse(count.Text, CultureInfo.InvariantCulture);
            replacement = Spoken(tokens, index, 2, $"{numbers.Cardinal(value)} {(value == 1 ? names.One : names.Many)}");
            return 2;
        }
        return 0;
    }

    /// <summary>"6 IP", "5.2 IP": whole innings and the outs of the last one (".1" a third, ".2" two thirds).</summary>
    private string? InningsWords(string text)
    {
        var parts = text.Split('.');
        if (!NumberText.IsPlain(parts[0]) || parts[0].Length > 2 || parts.Length > 2 || parts.Length == 2 && parts[1] is not ("0" or "1" or "2"))
        {
            return null;
        }
        var whole = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var outs = parts.Length == 2 ? parts[1] : "0";
        var fraction = outs switch { "1" => " and a third", "2" => " and two-thirds", _ => "" };
        return whole == 1 && fraction.Length == 0 ? "one inning" : $"{numbers.Cardinal(whole)}{fraction} innings";
    }

    private static bool CountsInningsPitched(IReadOnlyList<Token> tokens)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Text: "IP" } && tokens[k - 1] is { Kind: TokenKind.Number })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"HR: Pruitt (31)": a label opening the line (or after a stop), a colon, a name and its bracketed total.</summary>
    private static string? Label(IReadOnlyList<Token> tokens, int index)
    {
        var text = tokens[index] switch
        {
            { Kind: TokenKind.Word } word => word.Text,
            // "2B" may arrive as a number with a letter suffix.
            { Kind: TokenKind.Number } number => number.Text,
            _ => null,
        };
        if (text is null || !LineLabels.TryGetValue(text, out var label)
            || !(index == 0 || At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: ";" or "." })
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0])
            || !(At(tokens, index + 3) is { Text: "(" } || At(tokens, index + 4) is { Text: "(" }))
        {
            return null;
        }
        return label;
    }
}
