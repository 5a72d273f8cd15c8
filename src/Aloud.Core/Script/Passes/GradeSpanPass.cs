using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// School grades from kindergarten: "K-12" -> "K through twelve", "grades K-5", "pre-K-8" -> "pre-K through eight".
/// Read as a word, "K-5" would be "K five".
/// </summary>
internal sealed class GradeSpanPass(INumberWords numbers) : TokenPass
{
    public override string Name => "range";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        var text = word.Text.Replace('\u2013', '-');
        var prefix = text.StartsWith("pre-K-", StringComparison.OrdinalIgnoreCase) ? text[..5] : text.StartsWith("K-", StringComparison.Ordinal) ? "K" : null;
        if (prefix is null)
        {
            return 0;
        }
        var grade = text[(prefix.Length + 1)..];
        if (grade.Length is < 1 or > 2 || !NumberText.IsPlain(grade) || int.Parse(grade, CultureInfo.InvariantCulture) is < 1 or > 12)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"{prefix} through {numbers.Cardinal(int.Parse(grade, CultureInfo.InvariantCulture))}");
        return 1;
    }
}
