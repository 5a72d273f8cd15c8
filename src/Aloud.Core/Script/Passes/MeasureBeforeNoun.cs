using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Whether a measure describes the noun after it ("a 20kg bag", "a 55 mph zone"), said then in the singular as a compound
/// modifier, or is the thing itself, counted in the plural ("ran 10km yesterday", "Reddy's 89.34m took the gold").
/// </summary>
internal sealed partial class MeasurePass
{
    /// <summary>Race events named by their distance: "the 200m freestyle", "the 4x400m relay".</summary>
    private static readonly HashSet<string> EventWords = new(StringComparer.Ordinal)
    {
        "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "individual", "hurdles", "steeplechase", "relay", "relays", "final",
        "finals", "heats", "heat", "semi-final", "semi-finals", "semifinal", "semifinals", "dash", "sprint", "mixed",
    };

    /// <summary>Words that follow a length, height or distance: "40 m wide", "2 m tall", "5 mi away".</summary>
    private static readonly HashSet<string> DimensionWords = new(StringComparer.Ordinal)
    {
        "wide", "long", "tall", "high", "deep", "thick", "away", "across", "apart", "below", "above", "deeper", "higher", "longer",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "per", "than", "as", "is", "was", "are", "were",
        "across", "towards", "besides", "less", "more", "plus", "minus", "away", "apart", "long", "wide", "tall", "high", "deep",
        "thick", "ago", "each", "apiece", "yesterday", "today", "tonight", "this", "that", "these", "those", "its", "his", "her",
        "below", "under", "over", "about", "around", "near", "nearly", "almost", "roughly", "some", "into", "onto", "through",
        // More prepositions: "lies 300 m above sea level" measures a height, it describes no noun.
        "above", "beneath", "behind", "beyond", "between", "via", "amid", "inside", "outside", "off", "up", "down", "along", "past", "upstream", "downstream", "offshore", "inland",
        // Adverbs of time or manner: "rose 0.8 ft overnight" measures the rise; no noun follows to be described.
        "overnight", "daily", "weekly", "monthly", "annually", "again", "already", "instead", "since", "then", "now", "earlier", "later",
        // A gap in a race: "a further 11.8sec back", "3 m clear", "2 km adrift".
        "back", "ahead", "clear", "adrift", "short",
        // A place's bearing: "a quarry 40km north of Christchurch".
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
        // Conjunctions and time words that open the next clause: "reached 97,000 ft before bursting".
        "before", "after", "during", "until", "when", "while", "where", "because", "if", "unless", "though", "although", "but", "so", "yet",
    };

    /// <summary>The token after a unit, skipping the unit's own closing period ("3 in. of").</summary>
    private static int NounAfter(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } ? at + 1 : at;

    /// <summary>A determiner right before the number, or before one adjective ("a 6m RIB", "the new 6m RIB"; not "The port handled 3m").</summary>
    private static bool DescribesWhatFollows(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word } before
        && (Determiners.Words.Contains(before.Text)
            || before.Text.All(char.IsAsciiLetterLower) && !before.Text.EndsWith("ed", StringComparison.Ordinal)
                && At(tokens, index - 2) is { Kind: TokenKind.Word } determiner && Determiners.Words.Contains(determiner.Text));

    /// <summary>
    /// A determiner opens the noun phrase the number is in: right before it ("a 20kg bag") or before up to two
    /// lowercase adjectives ("a loaded 9 mm handgun").
    /// </summary>
    private static bool DeterminerBefore(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "x" or "by" } && At(tokens, index - 2) is { Kind: TokenKind.Number or TokenKind.Spoken }
            && index >= 3)
        {
            // "a 40m x 40m rink": the second side shares the first one's determiner.
            return DeterminerBefore(tokens, index - 2);
        }
        if (At(tokens, index - 1) is { Text: "'" or "\u2019", SpaceBefore: false } && At(tokens, index - 2) is { Kind: TokenKind.Word } owners
            && owners.Text.Length > 2 && owners.Text.EndsWith('s'))
        {
            // "the senior girls' 5 km race": a plural possessive does a determiner's work too.
            return true;
        }
        for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            if (tokens[k] is not { Kind: TokenKind.Word } word)
            {
                return false;
            }
            if (Determiners.Words.Contains(word.Text) || (k == index - 1 && word.Text.Length > 2 && (word.Text.EndsWith("'s", StringComparison.Ordinal) || word.Text.EndsWith("\u2019s", StringComparison.Ordinal))))
            {
                // "the e-bike's 250W motor": a possessive does a determiner's work.
                return true;
            }
            if (!word.Text.All(char.IsLower) || NotNouns.Contains(word.Text))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the measure glued into the number token at <paramref name="index"/> describes the noun after it: a
    /// lowercase noun follows and a determiner stands before ("a 20kg bag"), or the noun is a plural ("9mm rounds").
    /// </summary>
    private bool DescribesNoun(IReadOnlyList<Token> tokens, int index, int nounIndex = -1)
    {
        if (nounIndex < 0 && At(tokens, index + 1) is { Text: "-", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } joined
            && DimensionWords.Contains(joined.Text))
        {
            // "a 2m-wide path": the measure hyphened to its dimension describes the noun after both.
            return true;
        }
        if (At(tokens, nounIndex < 0 ? index + 1 : nounIndex) is { Kind: TokenKind.Word, SpaceBefore: true, Text: "high" or "wide" or "long" or "tall" or "deep" or "thick" }
            && IsNounAfterMeasure(tokens, (nounIndex < 0 ? index + 1 : nounIndex) + 1))
        {
            // "a 1.0m high stand", "a 2m wide gate": the measure and its dimension describe the noun after both, unhyphened.
            return true;
        }
        if (At(tokens, nounIndex < 0 ? index + 1 : nounIndex) is not { Kind: TokenKind.Word, SpaceBefore: true } noun || NotNouns.Contains(noun.Text))
        {
            return false;
        }
        if (_namesEventsInPlural && EventWords.Contains(noun.Text))
        {
            // "the 200m freestyle", "the 3000m steeplechase": British and Commonwealth commentators name an event by its
            // distance in the plural ("the two hundred metres freestyle"); hyphened ("the 400-meter hurdles") it stays singular.
            return false;
        }
        if (CountingWords.Contains(noun.Text) || IsPastTenseVerb(tokens, nounIndex < 0 ? index + 1 : nounIndex))
        {
            // "the 5000m two days later", "Reddy's 89.34m took the gold": a number or a verb names no noun to describe;
            // the measure is the thing itself, counted in the plural.
            return false;
        }
        // "a 512 GB SSD": an initialism is a noun too, behind a determiner.
        var initialism = noun.Text.Length is >= 2 and <= 5 && noun.Text.All(char.IsAsciiLetterUpper);
        if (NamesAPlace(tokens, index, noun))
        {
            // "the 6.213km Mount Panorama circuit": a decimal distance before a place's name describes it.
            return true;
        }
        var nounAt = nounIndex < 0 ? index + 1 : nounIndex;
        if (!IsLowercaseWord(noun.Text) && !initialism)
        {
            return NamedModifier(tokens, index, nounAt);
        }
        var determiner = DeterminerBefore(tokens, index);
        if (initialism)
        {
            return determiner;
        }
        return determiner || IsPluralNoun(noun.Text) && !ReadsAsVerb(tokens, nounAt) || ModifiesWithoutDeterminer(tokens, index, nounAt);
    }

    /// <summary>
    /// "100kg Friesian bulls", "a 10,000L JoJo tank", "a 1,120kg Limousin": a capitalised word after the measure is a name
    /// used as an adjective when a lowercase noun follows it, or a breed or make named as the noun itself behind a
    /// determiner when the phrase ends there. A day or month is when, not what ("ran 10km Sunday").
    /// </summary>
    private bool NamedModifier(IReadOnlyList<Token> tokens, int index, int nameAt)
    {
        if (At(tokens, nameAt) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]) || !name.Text.Skip(1).Any(char.IsLower)
            || !name.Text.All(char.IsLetter) || CalendarNames.Contains(name.Text))
        {
            return false;
        }
        if (At(tokens, nameAt + 1) is { Kind: TokenKind.Word, SpaceBefore: true } after && after.Text.All(char.IsAsciiLetterLower))
        {
            return !(_namesEventsInPlural && EventWords.Contains(after.Text)) && IsNounAfterMeasure(tokens, nameAt + 1);
        }
        return DeterminerBefore(tokens, index) && At(tokens, nameAt + 1) is null or { Kind: TokenKind.Punctuation, Text: "." or "," or ";" or ":" or ")" };
    }

    /// <summary>
    /// "Castlebar 5km parkrun", "1,000L minimum order", "20mm blue metal": with no determiner before the figure, a glued unit
    /// before a singular noun (or an adjective and its noun) is a compound modifier, said in the singular as a newsreader says
    /// "a five-kilometre run". A unit the copy wrote in its plural ("5yrs experience") keeps it.
    /// </summary>
    private bool ModifiesWithoutDeterminer(IReadOnlyList<Token> tokens, int index, int nounAt) =>
        NumberText.Split(tokens[index].Text).Suffix is { Length: > 0 } symbol && ModifiesWithoutDeterminer(tokens, symbol, nounAt);

    /// <summary>
    /// The same for a unit set apart from its number by a space ("1 200 m² erf"), whose <paramref name="symbol"/> is its own token.
    /// </summary>
    private static bool ModifiesWithoutDeterminer(IReadOnlyList<Token> tokens, string symbol, int nounAt) =>
        IsNounAfterMeasure(tokens, nounAt) && !PluralSymbols.Contains(symbol)
        && !(AmountsOfStuff.Contains(symbol) && !IsPluralNoun(tokens[nounAt].Text) && !Limits.Contains(tokens[nounAt].Text));

    /// <summary>A limit set by the measure: "1,000L minimum order", "a 25kg maximum load" describe the noun after them.</summary>
    private static readonly HashSet<string> Limits = new(StringComparer.Ordinal) { "minimum", "maximum", "min", "max" };

    /// <summary>
    /// Weights and volumes: before a bare singular noun they say how much of a substance there is ("250g plain flour",
    /// "400ml coconut milk", read "two hundred fifty grams"), not what kind of thing it is, so they keep the plural there.
    /// </summary>
    private static readonly HashSet<string> AmountsOfStuff = new(StringComparer.Ordinal)
    {
        "g", "kg", "KG", "mg", "gm", "mcg", "µg", "μg", "lb", "oz", "ml", "mL", "l", "L", "cl", "dL", "tsp", "Tsp", "tbsp", "Tbsp", "tbs", "t",
    };

    /// <summary>
    /// Whether the lowercase word at <paramref name="wordAt"/> can be the noun (or the adjective before it) that a measure
    /// describes: not a function word, a number, a verb, a unit, a comparative ("5kg heavier than") or an adverb ending the
    /// phrase ("cleared 1.95m comfortably").
    /// </summary>
    private static bool IsNounAfterMeasure(IReadOnlyList<Token> tokens, int wordAt)
    {
        if (At(tokens, wordAt) is not { Kind: TokenKind.Word, SpaceBefore: true } word || !IsLowercaseWord(word.Text) || word.Text.Length < 3
            || NotNouns.Contains(word.Text) || Determiners.Words.Contains(word.Text) || NotDescribedAfterMeasure.Contains(word.Text)
            || CountingWords.Contains(word.Text) || IsPastTenseVerb(tokens, wordAt) || Units.IsName(word.Text) || Units.Read(word.Text, one: false, glued: true) is not null)
        {
            return false;
        }
        var next = At(tokens, wordAt + 1);
        if (word.Text.EndsWith("er", StringComparison.Ordinal) && next is { Kind: TokenKind.Word, Text: "than" })
        {
            return false;
        }
        if (PostpositiveEndings.Any(ending => word.Text.EndsWith(ending, StringComparison.Ordinal) && word.Text.Length > ending.Length + 2)
            && (next is not { Kind: TokenKind.Word } following || !following.Text.All(char.IsAsciiLetterLower) || NotNouns.Contains(following.Text)))
        {
            // "cleared 1.95m comfortably", "with 50mm expected from 3pm", "60mm possible": an adverb, a participle or an
            // adjective after the measure with no noun of its own says something of the measure; "20mm crushed rock" has one.
            return false;
        }
        return !(IsPluralNoun(word.Text) && ReadsAsVerb(tokens, wordAt));
    }

    /// <summary>Unit symbols written in the plural: the copy has said how many, so they are never made singular.</summary>
    private static readonly HashSet<string> PluralSymbols = new(StringComparer.Ordinal)
    {
        "yrs", "hrs", "mins", "secs", "lbs", "wks", "mths", "mos", "yds", "gms", "kts", "pts", "wkts", "kms",
    };

    /// <summary>
    /// Words after a measure that are no noun it describes: time and degree words ("rose 5cm last week", "walked 10km home"),
    /// comparatives of size ("3cm taller"), and a weight's basis ("500kg liveweight", "10kg net").
    /// </summary>
    private static readonly HashSet<string> NotDescribedAfterMeasure = new(StringComparer.Ordinal)
    {
        "last", "next", "every", "further", "farther", "worth", "home", "uphill", "downhill", "together", "alone", "altogether",
        "overall", "total", "both", "all", "only", "just", "too", "very", "still", "even", "also", "not", "no", "flat", "straight",
        "heavier", "lighter", "taller", "shorter", "wider", "narrower", "higher", "lower", "deeper", "bigger", "smaller", "faster",
        "slower", "closer", "nearer", "thicker", "thinner", "longer",
        "liveweight", "carcase", "carcass", "deadweight", "net", "gross", "beside", "among", "against", "within", "without", "except",
        // A fraction opens the next noun phrase: "0.5m³ half loads $50".
        "half", "quarter",
        // A verb's helper opens the predicate: "up to 180mm could fall", "10-15kg should be given".
        "can", "could", "will", "would", "shall", "should", "may", "might", "must", "had", "has", "have", "did", "does", "been", "forecast",
    };

    /// <summary>
    /// A lowercase word, or a lowercase compound joined by hyphens ("the 21.1 km half-marathon", "a 5km fun-run"): either can
    /// be the noun a measure describes.
    /// </summary>
    private static bool IsLowercaseWord(string text) =>
        text.Length > 0 && char.IsAsciiLetterLower(text[0]) && char.IsAsciiLetterLower(text[^1]) && text.All(c => char.IsAsciiLetterLower(c) || c == '-');

    /// <summary>
    /// "a 30km/h limit", "a 55 mph zone": a speed or other rate before a noun keeps its plural ("a thirty kilometres an hour
    /// limit"), as most blind references read it (sets 10 to 54 and 58 against 59 to 62); only a plain unit is made a
    /// compound modifier.
    /// </summary>
    private static bool IsRate(string spoken) => spoken.Contains(" per ", StringComparison.Ordinal);

    /// <summary>
    /// Endings of adverbs, participles and adjectives that may stand after a measure ("expected", "possible", "comfortably"); a
    /// word of a stem too short to carry one ("shed", "bed", "fly") is a noun.
    /// </summary>
    private static readonly string[] PostpositiveEndings = ["ly", "ed", "ible", "able"];

    /// <summary>
    /// "9m x 12m colorbond shed": the first side of a size before a noun is said as the second is, when the second side
    /// (a figure with the same unit glued, after a spaced "x" or "by") describes the noun.
    /// </summary>
    private bool SideOfDescribedSize(IReadOnlyList<Token> tokens, int index, int unitTokens) =>
        At(tokens, index + unitTokens) is { Kind: TokenKind.Word, Text: "x" or "by", SpaceBefore: true }
        && At(tokens, index + unitTokens + 1) is { Kind: TokenKind.Number, SpaceBefore: true } other
        && NumberText.Split(other.Text).Suffix == NumberText.Split(tokens[index].Text).Suffix
        && (DescribesNoun(tokens, index + unitTokens + 1) || unitTokens > 1 && DescribesNoun(tokens, index + unitTokens + 1, NounAfter(tokens, index + 2 * unitTokens + 1)));

    /// <summary>Number words: after a measure they start another phrase ("the 5000m two days later"), never a described noun.</summary>
    private static readonly HashSet<string> CountingWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty",
        "forty", "fifty", "hundred", "thousand", "dozen",
    };

    /// <summary>Common irregular past tenses of sport and news copy: "Reddy's 89.34m took the gold", "her 2.01m won it".</summary>
    private static readonly HashSet<string> IrregularPastTenses = new(StringComparer.Ordinal)
    {
        "took", "won", "broke", "gave", "made", "came", "stood", "held", "led", "got", "left", "brought", "kept", "went", "became",
        "beat", "sent", "meant", "proved", "saw",
    };

    /// <summary>
    /// Whether the word at <paramref name="wordIndex"/> is a verb in the past: an irregular past tense of
    /// <see cref="IrregularPastTenses"/>, or an -ed word with its object after it ("the 8.2m leap secured the title" has its noun;
    /// "Okafor's 8.2m secured the title" has none). An -ed word with a noun after it is a participle describing it ("a 5m raised bed").
    /// </summary>
    private static bool IsPastTenseVerb(IReadOnlyList<Token> tokens, int wordIndex) =>
        At(tokens, wordIndex) is { Kind: TokenKind.Word } word
        && (IrregularPastTenses.Contains(word.Text) || word.Text.Length > 4 && word.Text.EndsWith("ed", StringComparison.Ordinal) && ReadsAsVerb(tokens, wordIndex));

    /// <summary>
    /// Whether a decimal measure after a determiner stands before a capitalised name that is not a day or month ("the
    /// 6.213km Mount Panorama circuit", "a 2.5km Riverside Park loop"). A round distance there may still name an
    /// event ("the 100m Olympic final"), so only a decimal, which no event is named by, counts.
    /// </summary>
    private static bool NamesAPlace(IReadOnlyList<Token> tokens, int index, Token noun) =>
        char.IsAsciiLetterUpper(noun.Text[0]) && noun.Text.Skip(1).Any(char.IsAsciiLetterLower)
        && tokens[index].Text.Contains('.', StringComparison.Ordinal) && DeterminerBefore(tokens, index)
        && !CalendarNames.Contains(noun.Text);

    private static readonly HashSet<string> CalendarNames = new(
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.DayNames.Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames).Where(n => n.Length > 0),
        StringComparer.Ordinal);

    /// <summary>
    /// "0-62mph takes 8.9 seconds", "the 5kg model costs the buyer": an -s word followed by a number or a determiner is
    /// a verb with its object, so the unit before it is the subject, counted in the plural, not a noun's description.
    /// </summary>
    private static bool ReadsAsVerb(IReadOnlyList<Token> tokens, int wordIndex) =>
        At(tokens, wordIndex + 1) is { SpaceBefore: true } next
        && (next.Kind == TokenKind.Number || next.Kind == TokenKind.Word && Determiners.Words.Contains(next.Text) && next.Text.All(char.IsLower));

    /// <summary>English's common plurals without an "s": what a count most often counts.</summary>
    private static readonly HashSet<string> IrregularPlurals = new(StringComparer.Ordinal) { "people", "children", "men", "women", "cattle", "sheep" };

    /// <summary>A lowercase word, or a hyphened compound of them ("side-yard", "lean-to"), that can stand as a noun.</summary>
    private static bool IsLowercaseNoun(string word) =>
        word.Length > 0 && char.IsAsciiLetterLower(word[0]) && char.IsAsciiLetterLower(word[^1])
        && word.All(c => char.IsAsciiLetterLower(c) || c == '-') && !word.Contains("--", StringComparison.Ordinal);

    /// <summary>"4.0 x 5.0 m": the figure is a size's second side, after another figure and its "x" or "by".</summary>
    private static bool SecondSideOfSize(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Symbol, Text: "x" or "\u00d7" or "by" } && At(tokens, index - 2) is { Kind: TokenKind.Number or TokenKind.Spoken };

    private static bool IsPluralNoun(string word) => IrregularPlurals.Contains(word) ||
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !NotNouns.Contains(word);
}
