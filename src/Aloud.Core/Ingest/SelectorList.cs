using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>Publisher CSS selectors, parsed once so matching every element stays cheap.</summary>
internal static class SelectorList
{
    public static IReadOnlyList<ISelector> Parse(IReadOnlyList<string> selectors, string optionName)
    {
        var parser = new CssSelectorParser();
        var parsed = new List<ISelector>();
        foreach (var text in selectors)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            // A typo in configuration must say so, not silently match nothing.
            var selector = parser.ParseSelector(text)
                ?? throw new ArgumentException($"invalid CSS selector in {optionName}: \"{text}\"", nameof(selectors));
            parsed.Add(selector);
        }
        return parsed;
    }

    public static bool AnyMatch(IReadOnlyList<ISelector> selectors, IElement element)
    {
        foreach (var selector in selectors)
        {
            if (selector.Match(element, null)) return true;
        }
        return false;
    }
}
