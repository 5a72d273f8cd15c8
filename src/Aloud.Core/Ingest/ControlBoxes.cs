using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A small box of a prompt and its controls: "Is this page useful?" with Yes and No buttons, "Follow topics and get
/// alerts" with a Follow button, a newsletter's pitch over an e-mail field. Found by shape, in any language: a div or
/// section with a button or a form of its own, and besides them only a line or two. The buttons are never read (they are
/// controls), and without this their prompt would be left behind, read alone. A story's text is more than a line or
/// two, and the checkbox of a recipe's ingredient is not such a control.
/// </summary>
internal static class ControlBoxes
{
    private const int MaxPromptWords = 25;
    private const int MaxPromptChars = 200;
    private const int MaxBoxWords = 60;

    public static bool IsPromptWithControls(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.LocalName is not ("div" or "section")) return false;
        // The controls sit in the box itself: a header that holds a headline, facts and a row of buttons is not their box.
        if (!element.Children.Any(IsControl)) return false;
        // A form that holds a whole page (ASP.NET wraps every page in one) is no control.
        if (TextClean.WordCount(TextClean.Collapse(element.TextContent)) > MaxBoxWords) return false;
        var prompt = TextClean.Collapse(string.Concat(TextOutsideControls(element)));
        return prompt.Length <= MaxPromptChars && TextClean.WordCount(prompt) <= MaxPromptWords;
    }

    private static bool IsControl(IElement element) =>
        element.LocalName is "button" or "form"
        || (element.LocalName == "input" && element.GetAttribute("type")?.ToLowerInvariant() is "email" or "submit");

    /// <summary>The box's text, buttons and forms left out (their labels are the controls', not the prompt's).</summary>
    private static IEnumerable<string> TextOutsideControls(IElement box)
    {
        var stack = new Stack<INode>();
        stack.Push(box);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text) { yield return text.Data; yield return " "; continue; }
            if (node is not IElement element || element.LocalName is "button" or "form" or "select" or "script" or "style") continue;
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) stack.Push(child);
        }
    }
}
