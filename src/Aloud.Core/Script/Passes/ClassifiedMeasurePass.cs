using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Measures in the terse shapes of vehicle, machinery and property ads, which the general measure pass would read as
/// counts or scales: an engine's size before what it describes ("3.8 L engine", "2.8L TD" -> "two point eight liter
/// turbo diesel"), a machine's tonnage ("8 t tipper"), an odometer in thousands ("118K mi."), a post's length after
/// a size's "x" ("600 x 4.5m steel posts": meters, never millions), circa glued to a figure ("c.0.5 acre") and a
/// dotted square unit ("186 sq.m").
/// </summary>
internal sealed class ClassifiedMeasurePass(INumberWords numbers) : TokenPass
{
    public override string Name => "measure";

    /// <summary>What an engine's size in liters stands before: the engine itself, its fuel, its layout.</summary>
    private static readonly HashSet<string> EngineWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "engine", "motor", "petrol", "diesel", "turbo", "turbodiesel", "TD", "TDI", "V6", "V8", "V-6", "V-8", "hybrid", "EcoBoost",
    };

    /// <summary>Machines and vehicles sold by their carrying weight in tonnes: "8 t tipper", "a 20 t excavator".</summary>
    private static readonly HashSet<string> TonnageMachines = new(StringComparer.OrdinalIgnoreCase)
    {
        "tipper", "truck", "trailer", "excavator", "digger", "crane", "lorry", "dumper", "roller", "loader", "forklift", "hoist", "jack", "winch",
    };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token is { Kind: TokenKind.Word } circa && circa.Text.Split('.', 2) is ["c" or "ca", var figure] && figure.Length > 0 && char.IsAsciiDigit(figure[0])
            && !(figure.Length == 4 && NumberText.IsPlain(figure)) && DecimalWords.TryRead(numbers, figure) is { } approximate)
        {
            // "on c.0.5 acre": circa glued to a figure (a year is read by the label pass).
            replacement = Spoken(tokens, index, 1, $"circa {approximate}");
            return 1;
        }
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        if (digits.Length == 0 || DecimalWords.TryRead(numbers, digits) is not { } amount)
        {
            return 0;
        }
        var unitAt = suffix.Length > 0 ? index : index + 1;
        var unit = suffix.Length > 0 ? suffix : At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } spaced ? spaced.Text : "";
        var afterUnit = At(tokens, unitAt + 1);
        if (unit == "L" && IsEngineSize(digits) && afterUnit is { Kind: TokenKind.Word, SpaceBefore: true } described && EngineWords.Contains(described.Text))
        {
            // "a 3.8 L engine", "2.8L TD": an engine's size describes what follows, so the liter is singular.
            var turboDiesel = described.Text is "TD";
            replacement = Spoken(tokens, index, unitAt - index + (turboDiesel ? 2 : 1), $"{amount} liter{(turboDiesel ? " turbo diesel" : "")}");
            return unitAt - index + (turboDiesel ? 2 : 1);
        }
        if (unit == "t" && IsWholeOrDecimal(digits) && afterUnit is { Kind: TokenKind.Word, SpaceBefore: true } machine && TonnageMachines.Contains(machine.Text))
        {
            // "an 8 t tipper", "a 1.5t trailer": a machine's tonnage, spaced or glued, describes it.
            replacement = Spoken(tokens, index, unitAt - index + 1, $"{amount} tonne");
            return unitAt - index + 1;
        }
        if (suffix is "K" or "k" && NumberText.IsPlain(digits) && digits.Length <= 3 && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "mi" or "miles", SpaceBefore: true })
        {
            // "118K mi.": an odometer in thousands of miles.
            replacement = Spoken(tokens, index, 2, $"{numbers.Cardinal(long.Parse(digits, CultureInfo.InvariantCulture) * 1000)} miles");
            return 2;
        }
        if (suffix == "m" && digits.Contains('.', StringComparison.Ordinal) && At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Symbol, Text: "x" or "×" }
            && At(tokens, index - 2) is { Kind: TokenKind.Number } && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } noun && noun.Text.All(char.IsAsciiLetterLower))
        {
            // "600 x 4.5m steel posts": after a count and a size's "x", a glued "m" is the length each one has.
            replacement = Spoken(tokens, index, 1, $"{amount} meter");
            return 1;
        }
        if (suffix.Length == 0 && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } square && square.Text.StartsWith("sq.", StringComparison.Ordinal)
            && Units.Read(square.Text, one: false, glued: true) is { } squareUnit)
        {
            replacement = Spoken(tokens, index, 2, $"{amount} {squareUnit}");
            return 2;
        }
        return 0;
    }

    /// <summary>An engine's displacement in liters: a decimal from 0.6 to 9.9 ("1.6", "3.8").</summary>
    private static bool IsEngineSize(string digits) =>
        digits.Split('.') is [{ Length: 1 } whole, { Length: 1 } tenth] && NumberText.IsPlain(whole) && NumberText.IsPlain(tenth) && (whole != "0" || tenth[0] >= '6');

    /// <summary>Digits with at most one decimal point ("8", "1.5"), no grouping commas.</summary>
    private static bool IsWholeOrDecimal(string digits) =>
        digits.Split('.') is [var whole] ? NumberText.IsPlain(whole) : digits.Split('.') is [var units, var fraction] && NumberText.IsPlain(units) && NumberText.IsPlain(fraction);
}
