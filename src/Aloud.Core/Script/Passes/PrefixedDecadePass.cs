using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A decade joined to a prefix in one word: "mid-1980s" -> "mid nineteen eighties", "late-90s" -> "late nineties",
/// "pre-2000s" -> "pre two thousands". The tokenizer keeps such a word whole, so the decade pass never sees it.
/// </summary>
internal sealed class PrefixedDecadePass(INumberWords numbers) : TokenPass
{
    private static readonly string[] Prefixes = ["mid-", "early-", "late-", "pre-", "post-"];

    public override string Name => "decade";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word || Array.Find(Prefixes, p => token.Text.StartsWith(p, StringComparison.OrdinalIgnoreCase)) is not { } prefix)
        {
            return 0;
        }
        var decade = token.Text[prefix.Length..];
        if (decade.Length is not (3 or 5) || decade[^1] != 's' || decade[^2] != '0' || !NumberText.IsPlain(decade[..^1]))
        {
            return 0;
        }
        var value = int.Parse(decade[..^1], CultureInfo.InvariantCulture);
        var words = decade.Length == 3 ? numbers.Cardinal(value) : numbers.Year(value);
        var plural = words.EndsWith('y') ? words[..^1] + "ies" : words + "s";
        replacement = Spoken(tokens, index, 1, $"{token.Text[..(prefix.Length - 1)]} {plural}");
        return 1;
    }
}
