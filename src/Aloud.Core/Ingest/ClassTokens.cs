using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Splits an element's class and id into lower-case tokens and sub-words: "article-body adSlot" gives the
/// tokens "article-body", "adslot" and the sub-words "article", "body", "ad", "slot". Rules match whole
/// tokens or whole sub-words, never substrings, so "header", "shadow" and "download" do not contain "ad".
/// </summary>
internal readonly record struct ClassTokens(IReadOnlyList<string> Tokens, IReadOnlyList<string> SubWords)
{
    private static readonly ClassTokens None = new([], []);

    public static ClassTokens Of(IElement element)
    {
        if (!element.HasAttribute("class") && !element.HasAttribute("id")) return None; // most elements: no work
        var tokens = new List<string>();
        var subWords = new List<string>();
        Add(element.GetAttribute("class"), tokens, subWords);
        Add(element.Id, tokens, subWords);
        return new ClassTokens(tokens, subWords);
    }

    public bool HasToken(string token) => Tokens.Contains(token);

    public bool HasSubWord(string word) => SubWords.Contains(word);

    private static void Add(string? value, List<string> tokens, List<string> subWords)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        // Bound the work on absurd attributes (a generated class list of thousands of names).
        var text = value.Length > 1000 ? value[..1000] : value;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // Drupal marks every field whose label is not shown "field--label-hidden": the label is hidden, not the
            // field, so the name says nothing about the element's text.
            if (token.EndsWith("label-hidden", StringComparison.OrdinalIgnoreCase)) continue;
            tokens.Add(token.ToLowerInvariant());
            SplitWords(token, subWords);
        }
    }

    /// <summary>Splits on '-', '_', digits and lower-to-upper case changes ("adSlot2" gives "ad", "slot").</summary>
    private static void SplitWords(string token, List<string> words)
    {
        var start = -1;
        for (var i = 0; i <= token.Length; i++)
        {
            var c = i < token.Length ? token[i] : '-';
            var boundary = !char.IsLetter(c) || (i > 0 && char.IsUpper(c) && char.IsLower(token[i - 1]));
            if (boundary && start >= 0)
            {
                words.Add(token[start..i].ToLowerInvariant());
                start = -1;
            }
            if (char.IsLetter(c) && start < 0) start = i;
        }
    }
}
