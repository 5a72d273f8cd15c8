using System.Globalization;

namespace Aloud.Cli;

/// <summary>
/// A length of audio as people read it: "4:05", and "1:10:06" past an hour. ("m:ss" alone drops the hours:
/// 70 minutes showed as 10:06.)
/// </summary>
internal static class DurationText
{
    public static string Format(double milliseconds)
    {
        var time = TimeSpan.FromSeconds(Math.Floor(Math.Max(0, milliseconds) / 1000));
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }
}
