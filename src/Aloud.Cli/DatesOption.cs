using System.CommandLine;
using Aloud.Script.Dialect;

namespace Aloud.Cli;

/// <summary>The <c>--dates auto|day-first|month-first</c> option shared by narrate and normalize.</summary>
internal static class DatesOption
{
    public static Option<string?> Create() => new("--dates")
    {
        Description = "Order of numeric dates that could be read either way (\"12/03/2025\"): 'auto' (default: from the article's "
            + "language tag, its unambiguous dates and its spellings; each line is its own document for normalize), 'day-first' "
            + "or 'month-first'.",
    };

    /// <summary>The choice, checked: null for auto; anything but the three words is a usage error.</summary>
    public static DateOrder? Read(string? value) => value switch
    {
        null or "auto" => null,
        "day-first" => DateOrder.DayFirst,
        "month-first" => DateOrder.MonthFirst,
        _ => throw new UsageException($"--dates must be 'auto', 'day-first' or 'month-first' (got '{value}')"),
    };
}
