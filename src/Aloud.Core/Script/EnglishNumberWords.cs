using System.Globalization;
using Humanizer;

namespace Aloud.Script;

/// <summary>
/// English number words built on Humanizer, in American newsroom style ("two hundred forty-five") or, for British,
/// Irish and Commonwealth copy, with the "and" those readers say ("two hundred and forty-five", "three thousand and
/// six"). Humanizer is used for values under a thousand only: its long overloads place "and" by their own rule and
/// its ordinals drop the leading "one" ("hundredth"), so we compose thousands groups and ordinal endings ourselves.
/// </summary>
public sealed class EnglishNumberWords : INumberWords
{
    private readonly bool _and;

    private EnglishNumberWords(bool and) => _and = and;

    /// <summary>American style, without "and": the default.</summary>
    public static EnglishNumberWords Instance { get; } = new(and: false);

    /// <summary>British, Irish and Commonwealth style: "and" before the tens and units of each group.</summary>
    public static EnglishNumberWords CommonwealthInstance { get; } = new(and: true);

    public INumberWords Commonwealth => CommonwealthInstance;

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;
    private static readonly string[] Scales = ["", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];
    private static readonly string[] DigitNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public string Cardinal(long value)
    {
        if (value == 0)
        {
            return "zero";
        }
        if (value < 0)
        {
            // long.MinValue has no positive counterpart; spell it through its digits.
            return value == long.MinValue ? "minus " + Digits(value.ToString(English)[1..]) : "minus " + Cardinal(-value);
        }
        var groups = new List<string>();
        var units = (int)(value % 1000);
        for (var scale = 0; value > 0; scale++, value /= 1000)
        {
            var group = (int)(value % 1000);
            if (group != 0)
            {
                groups.Insert(0, scale == 0 ? Under1000(group) : $"{Under1000(group)} {Scales[scale]}");
            }
        }
        if (_and && groups.Count > 1 && units is > 0 and < 100)
        {
            // "three thousand and six", "two million and forty": the last group has no hundreds of its own.
            groups[^1] = "and " + groups[^1];
        }
        return string.Join(' ', groups);
    }

    public string Ordinal(long value)
    {
        if (value < 0)
        {
            return "minus " + Ordinal(-value);
        }
        var lastTwo = (int)(value % 100);
        if (lastTwo != 0)
        {
            var head = value - lastTwo;
            var tail = lastTwo.ToOrdinalWords(English);
            return head == 0 ? tail : _and ? $"{Cardinal(head)} and {tail}" : $"{Cardinal(head)} {tail}";
        }
        if (value == 0)
        {
            return "zeroth";
        }
        // Round numbers: "one hundred" -> "one hundredth", "two million" -> "two millionth".
        return Cardinal(value) + "th";
    }

    public string Year(int year)
    {
        if (year is < 1000 or > 9999)
        {
            return Cardinal(year);
        }
        var century = year / 100;
        var rest = year % 100;
        if (rest < 10 && century % 10 == 0)
        {
            // 2000-2009, 1000-1009: "two thousand", "two thousand five".
            return rest == 0 ? Cardinal(year) : $"{Cardinal(year - rest)} {Cardinal(rest)}";
        }
        var head = Cardinal(century);
        return rest switch
        {
            0 => head + " hundred",
            < 10 => $"{head} oh {Cardinal(rest)}",
            _ => $"{head} {Cardinal(rest)}",
        };
    }

    public string Digits(string digits) =>
        string.Join(' ', digits.Where(char.IsAsciiDigit).Select(d => DigitNames[d - '0']));

    private string Under1000(int value)
    {
        var words = value.ToWords(addAnd: false, English);
        // "two hundred forty-five" -> "two hundred and forty-five"; "two hundred" stays.
        return _and && value > 100 && value % 100 != 0 ? words.Replace(" hundred ", " hundred and ", StringComparison.Ordinal) : words;
    }
}
