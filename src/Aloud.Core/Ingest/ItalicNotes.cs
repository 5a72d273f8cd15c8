using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// A short paragraph set wholly in italics at the very top or foot of a story that is the desk's note to the reader, not
/// the story. At the foot, a line telling the reader how to write in or get in touch ("Have a question? Write to
/// ...@...", "For more information, contact ... at 734-555-0182", "leave a comment or email me"); and above a story that
/// ends so, the column's standing intro ("X answers readers' questions ... Letters are edited for length."), a whole
/// sentence. An italic first paragraph with no such line at the foot is the lead set in italics. Other italic lines at
/// the foot ("Originally published on ...", "This article has been adapted ...") are read, as the reference truths keep
/// them; so are a correction or editor's note and the writer's own line (a bio, "Amy Roe may be reached at ..."), which
/// <see cref="EndMatter"/> judges by its markup. An italic paragraph inside the story (a quote, a title) is read, and
/// so is a story set in italics throughout.
/// </summary>
internal static partial class ItalicNotes
{
    // A note is a line or two.
    private const int MaxNoteWords = 60;

    // The story around the notes: at least this many paragraphs not in italics.
    private const int MinStoryParagraphs = 3;

    public static IReadOnlyList<ArticleBlock> Trim(IReadOnlyList<ArticleBlock> blocks, Func<ArticleBlock, bool> isSetInItalics)
    {
        var storyParagraphs = blocks.Count(b => b.Kind == BlockKind.Paragraph && !isSetInItalics(b));
        if (storyParagraphs < MinStoryParagraphs) return blocks;
        bool IsNote(ArticleBlock b) => b.Kind == BlockKind.Paragraph && isSetInItalics(b) && IsDeskNote(b.Text);
        var start = 0;
        var end = blocks.Count;
        while (end > start && IsNote(blocks[end - 1]) && TimedPatterns.IsMatch(ReaderContact(), blocks[end - 1].Text)) end--;
        // An italic first paragraph alone is as often the story's lead set in italics; under a desk's write-in line it is
        // the same desk's standing intro.
        if (end < blocks.Count && IsNote(blocks[start]) && IsStandingIntro(blocks[start].Text)) start++;
        return start == 0 && end == blocks.Count ? blocks : blocks.Skip(start).Take(end - start).ToList();
    }

    // An intro is a sentence or two, not a dateline or a label ("Pittsburgh").
    private const int MinIntroWords = 8;

    private static bool IsStandingIntro(string text) => TextClean.WordCount(text) >= MinIntroWords && SentenceMarks.EndsSentence(text);

    private static bool IsDeskNote(string text)
    {
        if (TextClean.WordCount(text) > MaxNoteWords) return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        return !TimedPatterns.IsMatch(CorrectionNote(), straight) && !TimedPatterns.IsMatch(WriterLine(), straight);
    }

    // How to reach the desk: an e-mail address, a phone number, or the words that ask for it.
    [GeneratedRegex(@"[\w.+-]{1,64}@[\w-]{1,63}\.\w|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b(contact|write to|e-?mail (me|us)|leave a comment|comment below)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReaderContact();

    // "Correction, April 17: ...", "Editor's note: ...", "This story has been updated to ...", "An earlier version of this story ...".
    [GeneratedRegex(@"^(correction|corrections|clarification|editor's note|update|updated)\b|\b(this|the) (story|article|report) (has been|was) (updated|corrected|changed)\b|\ban earlier version of this (story|article|report)\b|\bthis (story|article|report) corrects\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CorrectionNote();

    // The writer's line: a bio ("Lucas Nolan is a reporter for ...") or where to reach them ("may be reached at", "Follow her on ...").
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'-]{0,30}( \p{Lu}[\p{L}.'-]{0,30}){1,3} (is|was) (a|an|the)\b|\b(may|can) be reached\b|\b(follow|email|e-mail|contact|reach) (him|her|them)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex WriterLine();
}
