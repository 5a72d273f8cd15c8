using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A book of the Bible cited by its abbreviation before a chapter, as church notes and sermons write it: "1 Cor. 13"
/// -> "First Corinthians", "Ps. 23" -> "Psalm", "Jn 3:16" -> "John". The books' standard abbreviations are a closed
/// class; a chapter number must follow, and the abbreviations that are also words, names or other shorthand ("Mk 4" a
/// model's mark, "Col. 3" a colonel, "Gen 2" a generation) are read as a book only before a chapter and verse. Books
/// written in full stay as written; the numbered part before a full name is <see cref="NumberedBookPass"/>'s.
/// </summary>
internal sealed class BibleBookPass(INumberWords numbers) : TokenPass
{
    /// <summary>How sure an abbreviation is of being a book before a number.</summary>
    private enum Cue
    {
        /// <summary>A chapter number after it is enough.</summary>
        Chapter,

        /// <summary>Needs its full stop, or a chapter and verse.</summary>
        DotOrVerse,

        /// <summary>Needs a chapter and verse ("3:16").</summary>
        Verse,
    }

    private static readonly Dictionary<string, (string Book, Cue Cue)> Books = new(StringComparer.Ordinal)
    {
        ["Gen"] = ("Genesis", Cue.DotOrVerse),
        ["Gn"] = ("Genesis", Cue.Verse),
        ["Ex"] = ("Exodus", Cue.Verse),
        ["Exod"] = ("Exodus", Cue.Chapter),
        ["Exo"] = ("Exodus", Cue.DotOrVerse),
        ["Lev"] = ("Leviticus", Cue.DotOrVerse),
        ["Lv"] = ("Leviticus", Cue.Verse),
        ["Num"] = ("Numbers", Cue.DotOrVerse),
        ["Nm"] = ("Numbers", Cue.Verse),
        ["Deut"] = ("Deuteronomy", Cue.Chapter),
        ["Dt"] = ("Deuteronomy", Cue.DotOrVerse),
        ["Josh"] = ("Joshua", Cue.DotOrVerse),
        ["Jos"] = ("Joshua", Cue.Verse),
        ["Judg"] = ("Judges", Cue.Chapter),
        ["Jdg"] = ("Judges", Cue.Chapter),
        ["Neh"] = ("Nehemiah", Cue.Chapter),
        ["Esth"] = ("Esther", Cue.Chapter),
        ["Ps"] = ("Psalm", Cue.Chapter),
        ["Psa"] = ("Psalm", Cue.Chapter),
        ["Pss"] = ("Psalms", Cue.Chapter),
        ["Prov"] = ("Proverbs", Cue.Chapter),
        ["Prv"] = ("Proverbs", Cue.Chapter),
        ["Eccl"] = ("Ecclesiastes", Cue.Chapter),
        ["Eccles"] = ("Ecclesiastes", Cue.Chapter),
        ["Ecc"] = ("Ecclesiastes", Cue.DotOrVerse),
        ["Isa"] = ("Isaiah", Cue.DotOrVerse),
        ["Jer"] = ("Jeremiah", Cue.DotOrVerse),
        ["Lam"] = ("Lamentations", Cue.DotOrVerse),
        ["Ezek"] = ("Ezekiel", Cue.Chapter),
        ["Ezk"] = ("Ezekiel", Cue.Chapter),
        ["Dan"] = ("Daniel", Cue.Verse),
        ["Dn"] = ("Daniel", Cue.Verse),
        ["Hos"] = ("Hosea", Cue.DotOrVerse),
        ["Am"] = ("Amos", Cue.Verse),
        ["Obad"] = ("Obadiah", Cue.Chapter),
        ["Jon"] = ("Jonah", Cue.Verse),
        ["Jnh"] = ("Jonah", Cue.Chapter),
        ["Mic"] = ("Micah", Cue.Verse),
        ["Nah"] = ("Nahum", Cue.DotOrVerse),
        ["Hab"] = ("Habakkuk", Cue.DotOrVerse),
        ["Zeph"] = ("Zephaniah", Cue.Chapter),
        ["Hag"] = ("Haggai", Cue.DotOrVerse),
        ["Zech"] = ("Zechariah", Cue.Chapter),
        ["Mal"] = ("Malachi", Cue.DotOrVerse),
        ["Matt"] = ("Matthew", Cue.DotOrVerse),
        ["Mt"] = ("Matthew", Cue.Verse),
        ["Mk"] = ("Mark", Cue.Verse),
        ["Mrk"] = ("Mark", Cue.Chapter),
        ["Lk"] = ("Luke", Cue.Chapter),
        ["Luk"] = ("Luke", Cue.Chapter),
        ["Jn"] = ("John", Cue.Chapter),
        ["Jhn"] = ("John", Cue.Chapter),
        ["Rom"] = ("Romans", Cue.DotOrVerse),
        ["Gal"] = ("Galatians", Cue.DotOrVerse),
        ["Eph"] = ("Ephesians", Cue.Chapter),
        ["Phil"] = ("Philippians", Cue.Verse),
        ["Php"] = ("Philippians", Cue.Chapter),
        ["Col"] = ("Colossians", Cue.Verse),
        ["Philem"] = ("Philemon", Cue.Chapter),
        ["Phlm"] = ("Philemon", Cue.Chapter),
        ["Heb"] = ("Hebrews", Cue.Chapter),
        ["Jas"] = ("James", Cue.DotOrVerse),
        ["Rev"] = ("Revelation", Cue.Verse),
        ["Rv"] = ("Revelation", Cue.Verse),
    };

    /// <summary>The books that come in numbered parts, by their abbreviations; only these take a "1", "II" before them.</summary>
    private static readonly Dictionary<string, string> NumberedBooks = new(StringComparer.Ordinal)
    {
        ["Sam"] = "Samuel",
        ["Sm"] = "Samuel",
        ["Kgs"] = "Kings",
        ["Kin"] = "Kings",
        ["Chr"] = "Chronicles",
        ["Chron"] = "Chronicles",
        ["Cor"] = "Corinthians",
        ["Thess"] = "Thessalonians",
        ["Thes"] = "Thessalonians",
        ["Th"] = "Thessalonians",
        ["Tim"] = "Timothy",
        ["Tm"] = "Timothy",
        ["Pet"] = "Peter",
        ["Pt"] = "Peter",
        ["Jn"] = "John",
        ["Jhn"] = "John",
        ["Jo"] = "John",
        ["Macc"] = "Maccabees",
    };

    /// <summary>The full names of the numbered books, which take a Roman part ("II Kings 5") here.</summary>
    private static readonly HashSet<string> NumberedNames = new(StringComparer.Ordinal)
    {
        "Samuel", "Kings", "Chronicles", "Maccabees", "Corinthians", "Thessalonians", "Timothy", "Peter", "John",
    };

    public override string Name => "scripture";

    /// <summary>Whether <paramref name="word"/> is a book's abbreviation, whose full stop goes on to a chapter.</summary>
    public static bool IsAbbreviation(string word) => Books.ContainsKey(word) || NumberedBooks.ContainsKey(word);

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var part = PartOf(tokens[index]);
        var bookAt = part is null ? index : index + 1;
        if (At(tokens, bookAt) is not { Kind: TokenKind.Word } word || (part is not null && !word.SpaceBefore))
        {
            return 0;
        }
        var hasDot = At(tokens, bookAt + 1) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore;
        var chapterAt = hasDot ? bookAt + 2 : bookAt + 1;
        if (At(tokens, chapterAt) is not { Kind: TokenKind.Number, SpaceBefore: true } chapter || !IsChapter(chapter.Text))
        {
            return 0;
        }
        var verseFollows = At(tokens, chapterAt + 1) is { Text: ":", SpaceBefore: false } && At(tokens, chapterAt + 2) is { Kind: TokenKind.Number, SpaceBefore: false }
            || chapter.Text.Contains(':', StringComparison.Ordinal);
        string? book = null;
        if (part is not null)
        {
            if (NumberedBooks.TryGetValue(word.Text, out var numbered))
            {
                book = numbered;
            }
            else if (!hasDot && NumberedNames.Contains(word.Text) && tokens[index].Text is "I" or "II" or "III")
            {
                // "II Kings 5": a Roman part before a full name, which the Roman numeral pass would read as a count.
                book = word.Text;
            }
        }
        else if (Books.TryGetValue(word.Text, out var entry) && entry.Cue switch
        {
            Cue.Chapter => true,
            Cue.DotOrVerse => hasDot || verseFollows,
            _ => verseFollows,
        })
        {
            book = entry.Book;
        }
        if (book is null)
        {
            return 0;
        }
        var words = part is null ? book : $"{part} {book}";
        if (ChapterAndVerse(tokens, chapterAt) is ({ } reference, var used))
        {
            // "Heb 12:1": the chapter and verse said as two numbers, before the ratio or time reading takes them.
            replacement = Spoken(tokens, index, chapterAt - index + used, $"{words} {reference}");
            return chapterAt - index + used;
        }
        replacement = Spoken(tokens, index, chapterAt - index, words);
        return chapterAt - index;
    }

    /// <summary>"3:16" (one token or three) -> "three sixteen", with how many tokens it reads; null where no verse follows.</summary>
    private (string? Words, int Used) ChapterAndVerse(IReadOnlyList<Token> tokens, int at)
    {
        string[] parts;
        int used;
        if (tokens[at].Text.Contains(':', StringComparison.Ordinal))
        {
            parts = tokens[at].Text.Split(':');
            used = 1;
        }
        else if (At(tokens, at + 1) is { Text: ":", SpaceBefore: false } && At(tokens, at + 2) is { Kind: TokenKind.Number, SpaceBefore: false } verse)
        {
            parts = [tokens[at].Text, verse.Text];
            used = 3;
        }
        else
        {
            return (null, 0);
        }
        if (parts.Length != 2 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)))
        {
            return (null, 0);
        }
        var said = parts.Select(p => numbers.Cardinal(long.Parse(p, System.Globalization.CultureInfo.InvariantCulture)));
        return (string.Join(' ', said), used);
    }

    /// <summary>"1", "II": a numbered book's part, said as an ordinal.</summary>
    private static string? PartOf(Token token) => token switch
    {
        { Kind: TokenKind.Number, Text: "1" } or { Kind: TokenKind.Word, Text: "I" } => "First",
        { Kind: TokenKind.Number, Text: "2" } or { Kind: TokenKind.Word, Text: "II" } => "Second",
        { Kind: TokenKind.Number, Text: "3" } or { Kind: TokenKind.Word, Text: "III" } => "Third",
        _ => null,
    };

    /// <summary>A chapter is a small plain number; a chapter and verse may come as one token ("3:16").</summary>
    private static bool IsChapter(string text)
    {
        var chapter = text.Split(':')[0];
        return chapter.Length is >= 1 and <= 3 && chapter.All(char.IsAsciiDigit) && chapter[0] != '0';
    }
}
