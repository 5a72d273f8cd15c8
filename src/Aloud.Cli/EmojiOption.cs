using System.CommandLine;
using Aloud.Script;

namespace Aloud.Cli;

/// <summary>The <c>--emoji drop|name</c> option shared by narrate and normalize: leave emoji out, or say their names.</summary>
internal static class EmojiOption
{
    public static Option<string?> Create() => new("--emoji")
    {
        Description = "What to do with emoji: 'drop' (default: silent) or 'name' (say their CLDR short names, from the unicode-cldr-core package).",
    };

    /// <summary>The choice, checked: anything but drop or name is a usage error.</summary>
    public static EmojiReading Read(string? value) => value switch
    {
        null or "drop" => EmojiReading.Drop,
        "name" => EmojiReading.Name,
        _ => throw new UsageException($"--emoji must be 'drop' or 'name' (got '{value}')"),
    };
}
