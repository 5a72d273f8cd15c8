using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A podcast or broadcast page whose longest text is the episode's transcript, with the episode's description (the show
/// notes) in a section of its own just before it. The transcript wins the body, and without this the description,
/// the first thing a listener should hear, would be left out. Only the notes' opening paragraphs are taken: the chapter
/// list, the links and the credits that follow them under their own headings are not the story.
/// </summary>
internal static class ShowNotes
{
    // How far above the transcript the notes may sit (a transcript body inside its section), and how many sections back.
    private const int MaxLevels = 2;
    private const int MaxSectionsBack = 3;

    private const int MinChars = 40;
    private const double MaxLinkDensity = 0.3;

    // Class sub-words and heading words that name a transcript, in English, German, Spanish, French, Italian, Portuguese and Dutch.
    private static readonly HashSet<string> TranscriptWords =
        ["transcript", "transcription", "transkript", "transkription", "transcripcion", "transcripción", "trascrizione", "transcricao", "transcrição", "transcriptie"];

    /// <summary>The containers with the show notes' opening paragraphs put first, or unchanged when the body is no transcript.</summary>
    public static IReadOnlyList<IElement> Prepend(IReadOnlyList<IElement> containers, PageAnalysis page)
    {
        if (containers.Count == 0) return containers;
        var transcript = containers[0];
        var node = TranscriptSection(transcript);
        for (var level = 0; node is not null && level < MaxLevels; level++, node = node.ParentElement)
        {
            var back = 0;
            for (var before = node.PreviousElementSibling; before is not null && back < MaxSectionsBack; before = before.PreviousElementSibling)
            {
                if (page.IsInsideFurniture(before)) continue; // a support box between the notes and the transcript
                back++;
                var opening = OpeningParagraphs(before, page);
                if (opening.Count == 0) continue;
                var said = TextClean.Collapse(transcript.TextContent);
                return opening.Any(p => said.Contains(TextClean.Collapse(p.TextContent), StringComparison.Ordinal)) ? containers : [.. opening, .. containers];
            }
        }
        return containers;
    }

    /// <summary>The body itself, or the section around it, when either is named or headed as a transcript; else null.</summary>
    private static IElement? TranscriptSection(IElement body)
    {
        for (var (e, level) = (body, 0); e is not null && level < MaxLevels; e = e.ParentElement, level++)
        {
            if (ClassTokens.Of(e).SubWords.Any(TranscriptWords.Contains)) return e;
            var heading = e.Children.FirstOrDefault(c => c.LocalName is "h2" or "h3");
            if (heading is not null && TranscriptWords.Contains(TextClean.Collapse(heading.TextContent).ToLowerInvariant())) return e;
        }
        return null;
    }

    /// <summary>
    /// The paragraphs a section opens with, after its own heading ("Show notes"): each a sentence of prose with few
    /// links, up to the first thing that is not one (a "Chapters" heading, a list).
    /// </summary>
    private static List<IElement> OpeningParagraphs(IElement section, PageAnalysis page)
    {
        var paragraphs = new List<IElement>();
        foreach (var child in section.Children)
        {
            if (paragraphs.Count == 0 && child.LocalName is "h2" or "h3" or "h4") continue;
            if (child.LocalName != "p" || page.IsInsideFurniture(child) || !IsProse(child, page)) break;
            paragraphs.Add(child);
        }
        return paragraphs;
    }

    private static bool IsProse(IElement paragraph, PageAnalysis page) =>
        TextClean.Collapse(paragraph.TextContent).Length >= MinChars && page.StatsOf(paragraph).LinkDensity <= MaxLinkDensity
        && SentenceMarks.EndsSentence(paragraph.TextContent);
}
