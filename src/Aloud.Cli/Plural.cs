using System.Globalization;

namespace Aloud.Cli;

/// <summary>Counts in messages read as English: "1 sentence", "2 sentences", "0 items".</summary>
internal static class Plural
{
    public static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
