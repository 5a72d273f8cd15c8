using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The shorthand of tide tables and shipping forecasts: "HW 05.12" -> "high water" (and "LW" low water) before the
/// time, and a Beaufort force after a wind's direction or the word wind, "SW F5-6" -> "force five to six". Each only
/// where its neighbour makes it certain: a time after HW/LW, a compass point or "wind" before the force.
/// </summary>
internal sealed class MarineForecastPass(INumberWords numbers) : TokenPass
{
    public override string Name => "abbreviation";

    private static readonly HashSet<string> CompassPoints = new(StringComparer.Ordinal)
    {
        "N", "NE", "E", "SE", "S", "SW", "W", "NW", "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW",
    };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        if (word.Text is "HW" or "LW" && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } time && IsClockShape(tokens, index + 1, time))
        {
            replacement = Spoken(tokens, index, 1, word.Text == "HW" ? "high water" : "low water");
            return 1;
        }
        if (Force(word.Text) is { } force && WindBefore(tokens, index))
        {
            replacement = Spoken(tokens, index, 1, force);
            return 1;
        }
        return 0;
    }

    /// <summary>"05.12" or "05:12" (the colon as its own token): an hour and two-digit minutes.</summary>
    private static bool IsClockShape(IReadOnlyList<Token> tokens, int index, Token time) =>
        time.Text.Split('.') is [{ Length: 1 or 2 } hour, { Length: 2 } minutes] && NumberText.IsPlain(hour) && NumberText.IsPlain(minutes)
        || NumberText.IsPlain(time.Text) && time.Text.Length <= 2 && At(tokens, index + 1) is { Text: ":", SpaceBefore: false };

    /// <summary>"F5" -> "force five", "F5-6" -> "force five to six"; null for anything outside the Beaufort scale (0-12).</summary>
    private string? Force(string text)
    {
        if (text.Length < 2 || text[0] != 'F')
        {
            return null;
        }
        var parts = text[1..].Split('-');
        if (parts.Length > 2 || parts.Any(p => p.Length is 0 or > 2 || !NumberText.IsPlain(p)))
        {
            return null;
        }
        var values = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (values.Any(v => v > 12))
        {
            return null;
        }
        return $"force {string.Join(" to ", values.Select(v => numbers.Cardinal(v)))}";
    }

    /// <summary>Whether a compass point or the word "wind" stands right before (a wind's direction, then its force).</summary>
    private static bool WindBefore(IReadOnlyList<Token> tokens, int index)
    {
        var before = At(tokens, index - 1) is { Text: "," } ? At(tokens, index - 2) : At(tokens, index - 1);
        return before is { Kind: TokenKind.Word } && (CompassPoints.Contains(before.Text) || before.Text.ToLowerInvariant() is "wind" or "winds")
            || before is { Kind: TokenKind.Spoken } spoken && spoken.Text.Contains("west", StringComparison.Ordinal) | spoken.Text.Contains("east", StringComparison.Ordinal)
                | spoken.Text.Contains("north", StringComparison.Ordinal) | spoken.Text.Contains("south", StringComparison.Ordinal);
    }
}
