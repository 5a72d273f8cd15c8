using System.Globalization;

namespace Aloud.Ingest.Ssml;

/// <summary>
/// Reads a <c>&lt;prosody rate&gt;</c> value as a multiplier of the narration's rate (<c>--rate</c>). Labels,
/// plain percentages ("150%") and plain numbers ("1.5", a multiplier as some engines take it) are absolute: they
/// replace the rate of an enclosing prosody. Signed percentages ("+20%", "-10%") are changes to the enclosing
/// rate, so nesting them multiplies. The result is clamped to [<see cref="Min"/>, <see cref="Max"/>]: beyond
/// that speech is a blur or a drawl, and an engine's own limits would be reached with a fast <c>--rate</c>.
/// </summary>
internal static class ProsodyRate
{
    /// <summary>The slowest rate a prosody may ask for, relative to the narration.</summary>
    public const double Min = 0.5;

    /// <summary>The fastest rate a prosody may ask for, relative to the narration.</summary>
    public const double Max = 2.0;

    private const string Accepted = "use x-slow, slow, medium, fast, x-fast, default, a percentage (\"150%\", \"+20%\", \"-10%\") or a multiplier (\"1.2\")";

    /// <summary>
    /// The rate <paramref name="value"/> sets inside a prosody whose enclosing rate is <paramref name="enclosing"/>;
    /// <paramref name="clamped"/> says it was out of range and was brought in.
    /// </summary>
    /// <exception cref="AloudInputException">The value is not a rate.</exception>
    public static double Resolve(string value, double enclosing, out bool clamped)
    {
        var rate = Parse(value.Trim().ToLowerInvariant(), enclosing)
            ?? throw new AloudInputException($"SSML <prosody rate=\"{Shorten(value)}\"> is not a rate: {Accepted}");
        clamped = rate is < Min or > Max;
        return Math.Clamp(rate, Min, Max);
    }

    private static double? Parse(string text, double enclosing)
    {
        switch (text)
        {
            case "x-slow": return 0.6;
            case "slow": return 0.8;
            case "medium" or "default": return 1.0;
            case "fast": return 1.3;
            case "x-fast": return 1.6;
        }
        var signed = text.Length > 0 && text[0] is '+' or '-';
        var percent = text.EndsWith('%');
        var number = text[(signed ? 1 : 0)..(percent ? text.Length - 1 : text.Length)];
        // Digits and one decimal point only: no exponents, "NaN" or "Infinity", no whitespace inside.
        if (number.Length is 0 or > 12 || !number.All(c => char.IsAsciiDigit(c) || c == '.')
            || !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return null;
        }
        return (signed, percent) switch
        {
            (true, true) => enclosing * (1 + ((text[0] == '-' ? -amount : amount) / 100)),
            (false, true) => amount / 100,
            (false, false) => amount,
            // "+0.2": a change without a unit could mean a multiplier or points of percent; refuse to guess.
            (true, false) => null,
        };
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
