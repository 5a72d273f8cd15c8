using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The plea an emailed newsletter closes with for readers who got it second-hand ("If someone forwarded this to you, you
/// can sign up here", "Was this email forwarded to you?", "On vous a transféré cette lettre ?", "Wurde Ihnen dieser
/// Newsletter weitergeleitet?"): it is about the mailing, not the story, so an archived issue read aloud drops it. The
/// forwarding is the mark; a story about forwarded mail says whose, not "this to you".
/// </summary>
public static partial class ForwardedNewsletterNotes
{
    private const int MaxWords = 60;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a newsletter's forwarded-to-you plea.</summary>
    public static bool IsForwardedNote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextClean.WordCount(text) <= MaxWords && Pattern().IsMatch(TextClean.StraightenQuotes(text));
    }

    [GeneratedRegex(@"\b(forwarded|sent) (this|you this)( (email|newsletter|issue|edition|message))?( to you)?\b.{0,60}?\b(sign up|subscribe|get (it|your own|the next)|join)\b|\b(was|were) (this|you) (email |newsletter )?forwarded\b|\bforwarded this (email|newsletter)\b|\bgot this from a friend\b|\btransférée? (cette|ce) (newsletter|infolettre|lettre|courriel|e-mail|mail)\b|\b(newsletter|e-mail|mail)\b.{0,20}\bweitergeleitet\b|\breenvi(ó|aron|ado)\b.{0,30}\b(correo|boletín|newsletter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pattern();
}
