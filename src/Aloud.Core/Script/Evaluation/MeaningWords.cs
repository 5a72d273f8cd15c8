namespace Aloud.Script.Evaluation;

/// <summary>
/// Tells an unrecoverable failure (a different number, month, currency, unit, am/pm) from a stylistic one
/// (order, "and", letters versus words): compares the multisets of meaning-bearing words of both readings.
/// </summary>
internal static class MeaningWords
{
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth", "twentieth",
        "thirtieth", "hundredth", "thousandth", "point", "minus", "half", "quarter",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "dollar", "dollars", "cent", "cents", "pound", "pounds", "pence", "euro", "euros", "yen", "won", "rupee", "rupees",
        "am", "pm", "percent",
        "meter", "meters", "metre", "metres", "kilometer", "kilometers", "mile", "miles", "foot", "feet", "inch", "inches",
        "kilogram", "kilograms", "gram", "grams", "pound", "ounce", "ounces", "degree", "degrees", "celsius", "fahrenheit",
        "second", "seconds", "minute", "minutes", "hour", "hours", "liter", "liters", "litre", "litres",
    };

    public static bool Differ(string hypothesis, string reference)
    {
        var a = Bag(hypothesis);
        var b = Bag(reference);
        return a.Count != b.Count || a.Any(kv => !b.TryGetValue(kv.Key, out var n) || n != kv.Value);
    }

    private static Dictionary<string, int> Bag(string text)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(Vocabulary.Contains))
        {
            bag[word] = bag.GetValueOrDefault(word) + 1;
        }
        return bag;
    }
}
