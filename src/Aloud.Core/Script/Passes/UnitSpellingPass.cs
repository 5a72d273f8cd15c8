using Aloud.Script.Dialect;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Metric units as a day-first (British, Irish, Commonwealth) document spells them: "ten kilometers" -> "ten
/// kilometres", "two liters" -> "two litres". The speech is the same, but the editor's script is read by the people who
/// wrote the article, in their own spelling. Only words the earlier passes spoke are respelled, never the writer's own
/// ("a parking meter" stays), and American (month-first) documents keep "meter".
/// </summary>
internal sealed class UnitSpellingPass(DateOrder dates = DateOrder.MonthFirst) : TokenPass
{
    /// <summary>The metric units whose "-er" Commonwealth spelling writes "-re", singular and plural.</summary>
    private static readonly Dictionary<string, string> Commonwealth = new(StringComparer.Ordinal)
    {
        ["meter"] = "metre",
        ["meters"] = "metres",
        ["kilometer"] = "kilometre",
        ["kilometers"] = "kilometres",
        ["centimeter"] = "centimetre",
        ["centimeters"] = "centimetres",
        ["millimeter"] = "millimetre",
        ["millimeters"] = "millimetres",
        ["liter"] = "litre",
        ["liters"] = "litres",
        ["milliliter"] = "millilitre",
        ["milliliters"] = "millilitres",
        ["megaliter"] = "megalitre",
        ["megaliters"] = "megalitres",
        ["kiloliter"] = "kilolitre",
        ["kiloliters"] = "kilolitres",
    };

    private readonly bool _respells = dates == DateOrder.DayFirst;

    public override string Name => "unit-spelling";

    public override List<Token> Apply(List<Token> tokens)
    {
        if (!_respells)
        {
            return tokens;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: TokenKind.Spoken } spoken && spoken.Words.Any(IsAmericanUnit))
            {
                tokens[i] = spoken with { Words = spoken.Words.Select(Respelled).ToList() };
            }
        }
        return tokens;
    }

    /// <summary>Never called: the pass rewrites tokens already spoken, in <see cref="Apply"/>.</summary>
    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        return 0;
    }

    private static bool IsAmericanUnit(string word) => Respelled(word) != word;

    /// <summary>The word in Commonwealth spelling, a hyphened compound's last part too ("ten-meter" -> "ten-metre").</summary>
    private static string Respelled(string word)
    {
        if (Commonwealth.TryGetValue(word, out var whole))
        {
            return whole;
        }
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && Commonwealth.TryGetValue(word[(hyphen + 1)..], out var part) ? word[..(hyphen + 1)] + part : word;
    }
}
