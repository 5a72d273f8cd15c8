using System.Text;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Short lines that are furniture by their shape rather than their words, so they are found in any language:
/// a read-also line (a label of one to three words, then a single link to another story: "Leia também
/// &lt;a&gt;...&lt;/a&gt;", "SOMA PIA: &lt;a&gt;...&lt;/a&gt;", "Medically reviewed by &lt;a&gt;Dr. ...&lt;/a&gt;"), and a pitch that
/// ends with its button (a sentence, then a link of one to three words and nothing after: "Subscribe to the Courier
/// and read every story. &lt;a&gt;Subscribe here&lt;/a&gt;", "Your gift keeps us going. &lt;a&gt;Donate&lt;/a&gt;"), and a signpost
/// to another page (a phrase and its colon, then a link that is the rest of the line: "Check before you travel over the
/// holidays: &lt;a&gt;Christmas and New Year services&lt;/a&gt;.").
/// A story paragraph with a link in it has more around its link than a label, and its links end mid-sentence.
/// </summary>
internal static class LinkedLines
{
    private const int MaxLabelWords = 3;
    private const int MaxLabelChars = 40;
    private const int MinHeadlineChars = 12;
    private const int MaxHeadlineWords = 20;
    private const int MaxButtonWords = 3;
    private const int MaxButtonChars = 25;
    private const int MaxPitchWords = 30;
    private const int MaxSignpostWords = 10;

    /// <summary>Whether <paramref name="nodes"/> (a paragraph's or a run's nodes) make a read-also line, a pitch with its button or a signpost.</summary>
    public static bool IsFurniture(IEnumerable<INode> nodes, Func<IElement, bool> skip)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(skip);
        var parts = Split(nodes, skip);
        if (parts is null) return false;
        var (before, link, after) = parts.Value;
        if (link.Length == 0 || before.Length == 0) return false;
        if (after is "" or "." && IsSignpost(before, link)) return true;
        // Nothing after the link, not even a stop: "... read it <a>here</a>." is a sentence that ends with a link.
        if (after.Length > 0) return false;
        return IsReadAlso(before, link) || IsPitchWithButton(before, link);
    }

    private static bool IsReadAlso(string label, string link)
    {
        var words = TextClean.WordCount(label);
        var trimmed = label.TrimEnd(' ', ':', '\uFF1A', '|', '\u2013', '\u2014', '-', '\u00BB', '>'); // '\uFF1A': the full-width colon of Chinese and Japanese
        return words <= MaxLabelWords && label.Length <= MaxLabelChars && trimmed.Length > 0 && char.IsLetter(trimmed[^1])
            && link.Length >= MinHeadlineChars && TextClean.WordCount(link) <= MaxHeadlineWords && !EndsASentence(link);
    }

    /// <summary>
    /// A phrase that ends with its colon and a link that is all the rest of the line, a stop at most after it: a box
    /// sending the reader elsewhere. The story's sentences go on after a colon in words of their own.
    /// </summary>
    private static bool IsSignpost(string label, string link)
    {
        var trimmed = label.TrimEnd();
        if (trimmed.Length < 2 || trimmed[^1] is not (':' or '\uFF1A')) return false;
        var phrase = trimmed[..^1];
        return TextClean.WordCount(phrase) <= MaxSignpostWords && phrase.Length > 0 && char.IsLetter(phrase[^1])
            && !phrase.Any(c => c is '.' or '!' or '?' or ':' or ';' or '"' or '\u201C' or '\u201D')
            && link.Length >= MinHeadlineChars && TextClean.WordCount(link) <= MaxHeadlineWords && !EndsASentence(link);
    }

    private static bool IsPitchWithButton(string sentence, string button) =>
        EndsASentence(sentence) && TextClean.WordCount(sentence) + TextClean.WordCount(button) <= MaxPitchWords
        && TextClean.WordCount(sentence) > MaxLabelWords
        && TextClean.WordCount(button) <= MaxButtonWords && button.Length <= MaxButtonChars && IsWords(button);

    /// <summary>A button says words ("Donate", "Subscribe here", "Subscriu-t'hi"); a link that is an address or a handle is the story's.</summary>
    private static bool IsWords(string text) => text.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '\u2019');

    private static bool EndsASentence(string text)
    {
        return SentenceMarks.EndsSentence(text);
    }

    /// <summary>
    /// The text before the nodes' only link, the link's text and the text after it (each collapsed), or null where there
    /// is no link or more than one.
    /// </summary>
    private static (string Before, string Link, string After)? Split(IEnumerable<INode> nodes, Func<IElement, bool> skip)
    {
        var texts = new[] { new StringBuilder(), new StringBuilder(), new StringBuilder() };
        var part = 0;
        var stack = new Stack<(INode Node, bool Exit)>();
        foreach (var node in nodes.Reverse()) stack.Push((node, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (exit) { part = 2; continue; }
            if (node is IText text) { texts[part].Append(text.Data); continue; }
            if (node is not IElement element || skip(element)) continue;
            if (element.LocalName == "br") { texts[part].Append(' '); continue; }
            if (element.LocalName == "a")
            {
                if (part != 0) return null; // a second link, or a link inside the link
                part = 1;
                stack.Push((element, true));
            }
            else if (!InlineText.IsInline(element)) return null;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, false));
        }
        if (part == 0) return null;
        return (TextClean.Collapse(texts[0].ToString()), TextClean.Collapse(texts[1].ToString()), TextClean.Collapse(texts[2].ToString()));
    }
}
