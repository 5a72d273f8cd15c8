using System.Globalization;

namespace Aloud.Ingest;

/// <summary>Human byte counts for messages ("10 MB", "3.2 KB").</summary>
internal static class ByteSize
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024 * 1024 => Format(bytes / (1024.0 * 1024.0), "MB"),
        >= 1024 => Format(bytes / 1024.0, "KB"),
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };

    private static string Format(double value, string unit) =>
        value.ToString(value >= 10 || value % 1 == 0 ? "0" : "0.#", CultureInfo.InvariantCulture) + " " + unit;
}
