using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The lines big news sites put at a story's end or between its paragraphs that no listener needs: the print-edition
/// note ("A version of this article appears in print on ..."), the wire's credits and standards ("Reporting by ...;
/// Editing by ...", "Our Standards: ...", "Purchase Licensing Rights"), reader pitches ("We pay for your stories!",
/// "Get the best of ... in your in-box", "Follow topics and authors ...", WhatsApp channels, "Suscríbete para seguir
/// leyendo"), labels left from a dropped link box ("Lire aussi |", "Baca juga: ...", "LEGGI ANCHE", "Related topics",
/// "Sobre la firma"), a source line ("المصدر: ...", "Kaynak: ...", "Source: ...", "Zdroj: ...", Thai "ที่มา:" and the credit "ขอบคุณข้อมูล:", thanks for the information), a reporter's sign-off bio ("Jo Roe covers
/// schools for the Ledger. Reach her at ...", "Jo Roe can be reached at 555-0100 or jo@example.org"), a follow pitch for Google News
/// or WhatsApp ("Ikuti berita terbaru ... di Google News"), the editors' initials that close an Indonesian story
/// ("(abc/def)"), a science story's "Journal reference: ...", a wire story's "Associated reporting by ...", a follow pitch
/// in any language that ends by naming its channel (Google News, WhatsApp, Telegram, LINE), and an author's bio that opens with a link to the author's page;
/// also a bare "doi: 10...." line, a podcast plug ("... wherever you get your podcasts"), a legal story's counsel and case lines, a
/// blog's dash-and-names sign-off ("- Jen &amp; Malcolm"), and any of these after a leading dash ("--Editing by ...", as wires set the last credit).
/// Only short blocks are judged, so a story paragraph that happens to start the same way is kept.
/// </summary>
public static partial class EndMatter
{
    private const int MaxWords = 45;
    private const int MaxBioWords = 60;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is one of the end-matter lines.</summary>
    public static bool IsEndMatter(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > 600 || TextClean.WordCount(text) > MaxWords)
        {
            return false;
        }
        var straight = TextClean.StraightenQuotes(text).Trim();
        return Lines().IsMatch(straight) || HostLines().IsMatch(straight) || TimedPatterns.IsMatch(CreditsAndPlugs(), straight)
            || TimedPatterns.IsMatch(CaseNotes(), straight) || IsFollowPitch(straight) || IsCrewCredit(straight);
    }

    /// <summary>
    /// The typist's or editor's initials closing a story on Spanish-language papers ("fcr", "mgm"): one short word,
    /// all in lower case. No sentence is one lower-case word; a list item may be (a command's name), so only paragraphs are judged.
    /// </summary>
    public static bool IsTypistInitials(string text) =>
        text is not null && text.Length is >= 2 and <= MaxInitials && text.All(c => c is >= 'a' and <= 'z');

    private const int MaxInitials = 4;

    /// <summary>
    /// A show's or a story's crew named by role ("... is produced by Fieldnotes Audio. This episode was reported by ...
    /// and edited by ..."): two or more roles in one short line is a credits roll, not a story sentence.
    /// </summary>
    private static bool IsCrewCredit(string text) =>
        TextClean.WordCount(text) <= MaxCrewWords && CrewRole().Count(text) >= 2;

    private const int MaxCrewWords = 40;

    [GeneratedRegex(@"\b(produced|reported|edited|hosted|mixed|engineered|fact-checked|researched) by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex CrewRole();

    // Lines a host site adds around a story it did not write: a republication note ("This story was originally published
    // by ... and is republished here ..."), an obituary host's notes ("Published by the Gazette from Dec. 4 to Dec. 6,
    // 2026.", "Arrangements by ... Funeral Home.", "Jane Roe's Obituary"), a recipe card's tester and its questions
    // address ("Tested by ...", "email questions to ..."), and an editor's credit in brackets ("（編輯：...）", "(Editor: ...)").
    [GeneratedRegex(@"^(this (story|article|piece) (was )?(originally|first) (published|appeared)\b.{0,200}\brepublished\b|published by [^.]{2,80} (from|on) .{0,40}\d{4}\.?$|(funeral )?arrangements (are )?(by|entrusted to|under the direction of) [^.]{2,80}\.?$|[\p{L} .'-]{2,60}'s obituary$|tested by \p{Lu}[^.]{2,80}(;|$)|[（(]\s?[\p{L}\s]{1,12}\s?[:：]\s?[^()（）:：]{1,40}[)）]$)|\b(e-?mail|send) (your )?(questions|comments|tips) to [\w.+-]+@[\w-]+\.",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HostLines();

    /// <summary>
    /// A follow pitch in any language: a line of a few words that ends by naming the channel a reader follows the paper
    /// on ("... pe Facebook și Google News.", "... Google News-ல் பின்தொடருங்கள்", "... ทาง LINE เพิ่มเพื่อน"). The
    /// channel comes within the last words, where a pitch puts it; a story sentence names a platform and goes on.
    /// </summary>
    private static bool IsFollowPitch(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxFollowWords) return false;
        var tail = string.Join(' ', words[Math.Max(0, words.Length - FollowTailWords)..]);
        return FollowChannel().IsMatch(tail);
    }

    private const int MaxFollowWords = 14;
    private const int FollowTailWords = 3;

    // Channels a paper asks readers to follow it on; "LINE" only in capitals, as the app writes it.
    [GeneratedRegex(@"(?i:google\s?news|whatsapp|telegram|viber|kakaotalk)|\bLINE\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex FollowChannel();

    /// <summary>
    /// Whether <paramref name="element"/> (a short paragraph) is an author's bio: it opens with a link to the author's
    /// page ("/by/", "/author/", "/contributors/", "/autor/"...), as "Jane Doe covers courts for the Metro desk" does.
    /// </summary>
    public static bool IsAuthorBio(IElement element, string text)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(text);
        if (TextClean.WordCount(text) > MaxBioWords)
        {
            return false;
        }
        var first = element.FirstElementChild;
        while (first is not null && first.LocalName is "span" or "strong" or "b" && first.ChildNodes.FirstOrDefault(n => n is IElement || n.TextContent.Trim().Length > 0) is IElement inner)
        {
            first = inner;
        }
        if (first is not { LocalName: "a" } link || !StartsWithNode(element, link))
        {
            return false;
        }
        var href = link.GetAttribute("href") ?? "";
        return href.Length < 300 && AuthorPage().IsMatch(href);
    }

    /// <summary>Whether nothing but whitespace comes before <paramref name="node"/> in <paramref name="block"/>'s text.</summary>
    private static bool StartsWithNode(IElement block, INode node)
    {
        for (var current = node; current is not null && current != block; current = current.Parent)
        {
            for (var sibling = current.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                if (sibling.TextContent.Trim().Length > 0) return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"^[-\u2013\u2014 ]{0,3}(a version of this (article|story) appear(s|ed) in print\b|(read|see) our (corrections?|editorial|ethics) (policy|standards)\b.{0,60}$|(this article appears in|published in) the (print edition|[a-z0-9, ]{3,40} issue)\b|(additional )?reporting by\b.{0,200}\b(editing|writing) by\b|(writing|editing) by [\w .'-]{2,60}$|our standards\s?:|purchase licensing rights\b|we pay for your stories\b|get the best of\b.{0,60}\bin(-| )?box\b|follow (topics|authors)\b.{0,120}\b(feed|updates)\b|suscr[ií]bete para (seguir leyendo|continuar)\b|se adhiere a los criterios de transparencia\b|(sobre la firma|related topics|leggi anche|lire aussi|à lire aussi|a lire aussi|baca juga|lihat juga|mehr zum thema|leia também|leia mais)\W{0,3}$|(baca juga|lihat juga|leggi anche|lire aussi)\s?[:|]\s|المصدر\s?:|(source|fuente|fonte|quelle|bron|źródło|kaynak|источник|nguồn|sumber|zdroj|forrás|lähde|πηγή|kilde|källa)\s?:\s|(ที่มา|ขอบคุณข้อมูล|ข้อมูลจาก)\s?:|(来源|出典|출처)\s?[:：]|\p{Lu}[\w.'-]+(\s\p{Lu}[\w.'-]+){1,3}\s(covers|reports on|writes about)\b.{0,120}\b(reach|contact|email|e-mail) (him|her|them)\b|\W{0,3}(participe|entre|junte-se|únete|join|rejoignez|iscriviti|ikuti|follow|suivez|folgen sie|s[ií]guenos|seguici|siga)\b.{0,80}\b(whatsapp|telegram|google news)\b|\(\s?[a-z]{2,5}(\s?/\s?[a-z]{2,5}){1,3}\s?\)$|journal reference\s?:|associated (press )?reporting by\b|\p{Lu}[\w.'-]+(\s\p{Lu}[\w.'-]+){1,3} can be (reached|contacted) at\b.{0,80}(@|\d{3}[-. ]\d{4}\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Lines();

    // A bare DOI line under a science story and a podcast plug ("... wherever you get your podcasts"), each after an
    // optional leading dash. (A contributor's line, "NAME contributed to this report", is read: wire stories' readers keep it.)
    // Kept apart from Lines, whose automaton is near the non-backtracking engine's size limit.
    [GeneratedRegex(@"^[-\u2013\u2014 ]{0,3}(doi\s?:\s?10\.\d{4,9}/\S{1,80}$|.{0,120}\bwherever you (get|listen to|find) (your )?podcasts\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CreditsAndPlugs();

    // A legal story's case notes: the counsel line ("The tenants are represented by NAME of FIRM LLP.") and the case line
    // ("The case is A v. B, case number ..., in the Court of ..."), the reference block a court reporter sets under
    // every story; and a blog post's sign-off, a dash and the writers' first names ("- Jen & Malcolm").
    [GeneratedRegex(@"^([\p{L} .,'&-]{2,80}\b(is|are) represented by\b.{2,160}\bof\b.{2,80}\b(LLP|LLC|PLLC|P\.?C|LPA|Chambers|Solicitors|& Partners)\.?$|the case is\b.{2,120}\bv(s)?\.?\s.{2,200}\b(court|tribunal)\b.{0,120}$|(?-i:[-\u2013\u2014~]{1,2}\s?\p{Lu}\p{Ll}+(\s(&|and|\p{Lu}\p{Ll}+)){0,4}))$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex CaseNotes();

    // An author's page on a news site: "/by/jane-doe", "/author/jane-doe", "/contributors/...", "/autor/...".
    [GeneratedRegex(@"/(by|author|authors|contributor|contributors|autor|autores|auteur|auteurs|autore|autori|penulis|journalist|journalists|profile|profiles|staff|reporter|reporters)/[^/?#]{2,}",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AuthorPage();
}
