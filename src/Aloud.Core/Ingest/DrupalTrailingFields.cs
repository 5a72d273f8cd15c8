using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A Drupal node prints each field of its content type in its own element ("field--name-body", "field--name-field-image",
/// "field--name-field-downloads"). The story is the body field; the fields the template sets after it (a prayer box,
/// downloads, a related-links field) are extras the site attaches to every node of that type, not the story.
/// Fields before the body (an image, a summary) are left to the other rules.
/// </summary>
internal static class DrupalTrailingFields
{
    private const string FieldPrefix = "field--name-field-";
    private const string BodyField = "field--name-body";

    public static bool IsTrailingField(IElement element)
    {
        if (!element.ClassList.Any(c => c.StartsWith(FieldPrefix, StringComparison.Ordinal))) return false;
        for (var previous = element.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
            if (previous.ClassList.Contains(BodyField)) return true;
        return false;
    }
}
