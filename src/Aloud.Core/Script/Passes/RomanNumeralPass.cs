using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Roman numerals in names and titles. After a counting word they are numbers: "World War II" -> "World War
/// two", "Chapter IV" -> "Chapter four", "Super Bowl LIX" -> "Super Bowl fifty-nine". After a name they are
/// regnal ordinals: "Henry VIII" -> "Henry the eighth", "Pope Leo XIV"; after another capitalised word, numbers
/// again ("Rocky IV" -> "Rocky four"). Anything else that merely looks Roman ("I", "MIX", "DC", "CV", "Vitamin
/// C") is left as written: outside counting words only I, V and X count, and never a lone "I". "II" and "III"
/// are never words, so they count after a lower-case word too ("battle II" -> "battle two").
/// </summary>
internal sealed class RomanNumeralPass(INumberWords numbers) : TokenPass
{
    /// <summary>Words after which a Roman numeral is a plain number.</summary>
    private static readonly HashSet<string> CountingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "war", "chapter", "part", "volume", "vol", "book", "act", "scene", "article", "title", "phase", "round",
        "section", "bowl", "appendix", "level", "stage", "class", "tier", "division", "episode", "season", "psalm",
        "schedule", "annex", "canto", "category", "type", "mark", "mk", "olympiad", "wrestlemania", "vatican",
        // "State of Origin Game II", "Test II": a series' match by its number.
        "game",
    };

    /// <summary>
    /// Words of school and its exams: "the Class X board exams", "Class X students" count the school year ten, as South
    /// Asian copy writes it, where "a Class X felony" is a grade's letter.
    /// </summary>
    private static readonly HashSet<string> SchoolWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "board", "boards", "exam", "exams", "examination", "examinations", "student", "students", "pupil", "pupils", "school", "schools",
        "syllabus", "marks", "topper", "toppers", "result", "results", "CBSE", "ICSE", "admission", "admissions", "teacher", "teachers",
    };

    /// <summary>Words before a team written as a numeral: "starting XV", "first XI", "an unchanged XIII".</summary>
    private static readonly HashSet<string> SideWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "starting", "unchanged", "first", "second", "third", "strongest", "full-strength", "playing", "matchday", "opening", "best", "changed",
    };

    /// <summary>
    /// Words that end a sports club's name ("Carrick Rangers", "Dunmore Athletic"): a numeral after one is the club's
    /// second or third team, "Carrick Rangers II" -> "two", never a person's generation.
    /// </summary>
    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "Rangers", "Rovers", "United", "Utd", "City", "Town", "Athletic", "Wanderers", "Celtic", "Albion", "Thistle", "Harriers",
        "Villa", "Swifts", "Corinthians", "Academicals", "Saints", "Colts", "Hibernians", "FC", "AFC", "RFC", "GAA", "HC", "CC",
    };

    /// <summary>Given names of monarchs and popes, after which a numeral is a regnal ordinal.</summary>
    private static readonly HashSet<string> RegnalNames = new(StringComparer.Ordinal)
    {
        "Henry", "Charles", "Elizabeth", "George", "Edward", "William", "James", "Louis", "Philip", "John", "Richard",
        "Leo", "Pius", "Benedict", "Gregory", "Innocent", "Clement", "Paul", "Urban", "Boniface", "Sixtus", "Francis",
        "Frederick", "Ferdinand", "Alexander", "Nicholas", "Peter", "Catherine", "Mary", "Wilhelm", "Ramesses",
        "Napoleon", "Constantine", "Felipe", "Gustaf", "Rama", "Abdullah", "Otto", "Alfonso", "Gustav", "Christian",
        "Haakon", "Olav", "Harald", "Frederik", "Margrethe", "Willem", "Albert", "Leopold", "Umberto", "Pedro",
        "Manuel", "Ivan", "Michael", "David", "Robert", "Malcolm", "Stephen", "Anne", "Victoria", "Isabella",
        "Joseph", "Rudolf", "Maximilian", "Selim", "Suleiman", "Mehmed", "Murad", "Ptolemy", "Darius", "Xerxes",
        "Cyrus", "Hussein", "Mohammed", "Juan", "Carlos", "Victor", "Emmanuel", "Sancho", "Casimir", "Sigismund",
        "Tupou", "Kamehameha", "Thutmose", "Amenhotep", "Cleopatra", "Antiochus", "Sam",
    };

    /// <summary>Titles of rulers: the name after one takes a regnal numeral even when it is not in the list.</summary>
    private static readonly HashSet<string> RulerTitles = new(StringComparer.Ordinal)
    {
        "King", "Queen", "Pope", "Emperor", "Empress", "Tsar", "Czar", "Tsarina", "Sultan", "Pharaoh", "Prince", "Princess",
        "Duke", "Duchess", "Grand", "Shah", "Emir", "Kaiser",
    };

    /// <summary>
    /// II to IV after a full personal name, a given name and a surname with or without middle names or initials
    /// ("Harold Kessling III", "Martin Luther King III", "Robert F. Kennedy III"): a generational suffix, said "the
    /// third". The name is found by its shape, two or more capitalised words that are not function words, titles or
    /// counting words, not by a list of names. A determiner before the run marks the title of a work instead ("the
    /// Mortal Kombat II launch": "two"), and so do a quotation mark before it (a quoted "Crocodile Dundee II") and a
    /// ruler's title opening it ("Grand Theft Auto IV").
    /// </summary>
    private static bool IsPersonsSuffix(IReadOnlyList<Token> tokens, int index, int value)
    {
        if (value is < 2 or > 4 || At(tokens, index - 1) is { Kind: TokenKind.Word } last && ClubWords.Contains(last.Text))
        {
            return false;
        }
        var names = 0;
        var k = index - 1;
        while (k >= 0 && names < 6)
        {
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: "." } && At(tokens, k - 1) is { Kind: TokenKind.Word, Text: [var initial] } && char.IsUpper(initial))
            {
                // A middle initial: "Robert F. Kennedy III".
                k -= 2;
                continue;
            }
            if (tokens[k] is not { Kind: TokenKind.Word } word || !IsNameShaped(word.Text) || CommonWords.Contains(word.Text) || IsPossessive(word.Text)
                || CountingWords.Contains(word.Text) || Abbreviations.Titles.ContainsKey(word.Text))
            {
                break;
            }
            names++;
            k--;
        }
        if (names < 2 || RulerTitles.Contains(tokens[k + 1].Text) || NamesAWork(tokens, k, index))
        {
            return false;
        }
        // A quotation mark before the run marks a quoted title ("Crocodile Dundee II").
        return At(tokens, k) is not { } before
            || before.Kind == TokenKind.Word && !Determiners.Words.Contains(before.Text)
            || before.Kind != TokenKind.Word && before.Text is not ("\"" or "\u201C" or "\u2018" or "'" or "`" or "``");
    }

    /// <summary>Nouns after a numbered title that show it is a work or a product ("the Street Fighter II tournament").</summary>
    private static readonly HashSet<string> WorkNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "game", "games", "film", "films", "movie", "movies", "sequel", "soundtrack", "cartridge", "cabinet", "cabinets", "tournament",
        "series", "trailer", "remaster", "remake", "release", "launch", "edition", "album", "franchise", "console", "update", "expansion",
    };

    /// <summary>
    /// Whether the context marks the capitalised run before a numeral (tokens after <paramref name="before"/> up to
    /// <paramref name="numeral"/>) as a work rather than a person: a possessive before it ("Capcom's Street Fighter
    /// II"), a verb of playing, watching or releasing ("played Street Fighter II"), a work noun after the numeral
    /// ("the Street Fighter II tournament") or a subtitle after a colon ("Street Fighter II: The World Warrior").
    /// </summary>
    private static bool NamesAWork(IReadOnlyList<Token> tokens, int before, int numeral)
    {
        if (At(tokens, before) is { Kind: TokenKind.Word } word
            && (IsPossessive(word.Text) || IsMediaVerb(word.Text)))
        {
            return true;
        }
        return At(tokens, numeral + 1) is { Kind: TokenKind.Word } after && WorkNouns.Contains(after.Text)
            || At(tokens, numeral + 1) is { Kind: TokenKind.Punctuation, Text: ":" } && At(tokens, numeral + 2) is { Kind: TokenKind.Word } subtitle && char.IsUpper(subtitle.Text[0]);
    }

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal);

    /// <summary>Verbs done to a game, a film or a product, never to a person: play, watch, stream, release, launch...</summary>
    private static bool IsMediaVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower.StartsWith("play", StringComparison.Ordinal) && lower is "play" or "plays" or "played" or "playing"
            || lower is "watch" or "watches" or "watched" or "watching" or "stream" or "streamed" or "streaming" or "download" or "downloaded"
                or "released" or "releases" or "launched" or "launches" or "remastered" or "ported" or "reviewed" or "rented" or "install" or "installed";
    }

    /// <summary>A capital followed by letters that are not all capitals ("Kessling", "McShane", "O'Neill-Ruiz").</summary>
    private static bool IsNameShaped(string word) =>
        word.Length >= 2 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)
        && word.All(c => char.IsLetter(c) || c is '\'' or '\u2019' or '-');

    public override string Name => "roman";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind == TokenKind.Word && IsPossessive(token.Text) && TryParse(token.Text[..^2], out var owner) && token.Text.Length > 3
            && At(tokens, index - 1) is { Kind: TokenKind.Word } monarch && RegnalNames.Contains(monarch.Text))
        {
            // "Henry VIII's wives": a monarch's numeral with the possessive after it.
            replacement = Spoken(tokens, index, 1, $"the {numbers.Ordinal(owner)}'s");
            return 1;
        }
        if (token.Kind == TokenKind.Word && TryParse(token.Text, out var counted) && token.Text.Length > 1
            && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Words: [.., var said] } && CountingWords.Contains(said))
        {
            // "Vol. II", "Ch. IV": the abbreviation pass has already said the counting word.
            replacement = Spoken(tokens, index, 1, numbers.Cardinal(counted));
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "XI" or "XV" or "XIII" } && At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Spoken } side && SideWords.Contains(side.Text))
        {
            // "an unchanged starting XV", "the first XI": a team of fifteen (rugby union), eleven (football, cricket) or
            // thirteen (rugby league), said as the number.
            replacement = Spoken(tokens, index, 1, numbers.Cardinal(token.Text == "XI" ? 11 : token.Text == "XV" ? 15 : 13));
            return 1;
        }
        if (token.Kind != TokenKind.Word || !TryParse(token.Text, out var value)
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } before
            || !(char.IsUpper(before.Text[0]) || CountingWords.Contains(before.Text) || token.Text is "II" or "III"))
        {
            return 0;
        }
        if (token.Text == "X" && before.Text.ToLowerInvariant() is "class" or "type" or "category"
            && !(before.Text.ToLowerInvariant() is "class" && NearbyWords.Any(tokens, index, SchoolWords, before: 8, after: 8)))
        {
            // "a Class X felony", "Category X drugs", "Type X board": lettered grades run from A to X, so a lone X after
            // them is the letter, not ten.
            return 0;
        }
        if (CountingWords.Contains(before.Text) && !(token.Text.Length == 1 && token.Text is not ("I" or "V" or "X")))
        {
            // "Part IV" is four; a single L, C, D or M is a letter ("Medicare Part D", "Schedule C"): nobody numbers a
            // part fifty or five hundred.
            replacement = Spoken(tokens, index, 1, numbers.Cardinal(value));
            return 1;
        }
        // Only I, V and X, and not a lone "I" ("Then I left"), so "DC", "MIX" or "CV" stay as written. A single V or X
        // counts only after a monarch's name: "Generation X" and "Malcolm X" are letters.
        // A lone "I" is a regnal numeral only after a monarch's name and before punctuation, the end or "of"
        // ("Charles I.", "Charles I of England"); before any other word it is the pronoun ("Charles I believe").
        if (token.Text == "I" && RegnalNames.Contains(before.Text) && before.Text != "Sam"
            && At(tokens, index + 1) is not { Kind: TokenKind.Word or TokenKind.Number } and not { Text: "'" or "\u2019" }
            || token.Text == "I" && RegnalNames.Contains(before.Text) && At(tokens, index + 1) is { Text: "of" })
        {
            replacement = Spoken(tokens, index, 1, $"the {numbers.Ordinal(value)}");
            return 1;
        }
        if (token.Text == "I" || token.Text.Any(c => c is not ('I' or 'V' or 'X')) || Abbreviations.Titles.ContainsKey(before.Text)
            || (token.Text.Length == 1 && (!RegnalNames.Contains(before.Text) || before.Text == "Malcolm")))
        {
            return 0;
        }
        // A monarch or pope is "the eighth"; a sequel or a product ("Rocky IV", "Prime BEEF III") is "four". A ruler's
        // title before an unknown name ("King Aurelio III") makes it regnal too.
        var regnal = RegnalNames.Contains(before.Text) || At(tokens, index - 2) is { Kind: TokenKind.Word } title && RulerTitles.Contains(title.Text)
            || IsPersonsSuffix(tokens, index, value);
        var spoken = regnal ? $"the {numbers.Ordinal(value)}" : numbers.Cardinal(value);
        if (!regnal && At(tokens, index + 1) is { Text: "*", SpaceBefore: false })
        {
            // "a Grade II* listed building": England's middle grade of listing, "Grade two star".
            replacement = Spoken(tokens, index, 2, spoken + " star");
            return 2;
        }
        replacement = Spoken(tokens, index, 1, spoken);
        return 1;
    }

    /// <summary>A well-formed upper-case Roman numeral from 1 to 3999 (so "IIII" or "VX" are not numerals).</summary>
    internal static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length is 0 or > 15 || text.Any(c => "IVXLCDM".IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return false;
        }
        for (var i = 0; i < text.Length; i++)
        {
            var current = Digit(text[i]);
            value += i + 1 < text.Length && Digit(text[i + 1]) > current ? -current : current;
        }
        return value is >= 1 and <= 3999 && ToRoman(value) == text;
    }

    private static int Digit(char c) => c switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        'C' => 100,
        'D' => 500,
        _ => 1000,
    };

    private static string ToRoman(int value)
    {
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                result.Append(symbols[i]);
                value -= values[i];
            }
        }
        return result.ToString();
    }
}
