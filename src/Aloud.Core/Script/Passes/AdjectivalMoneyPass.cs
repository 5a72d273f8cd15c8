using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Money used as an adjective after "a" or "the" takes a singular currency and the right article: "a $85,000 grant"
/// -> "an eighty-five thousand dollar grant", "the $2 million fine" -> "the two million dollar fine". Runs after
/// <see cref="MoneyPass"/>. Only when a plain lowercase noun follows; two amounts joined by "or", "to" or "and" before
/// one noun are both singular ("a $5 or $10 fee" -> "a five dollar or ten dollar fee"); "a $5.50 ticket" (with
/// cents) keeps the ordinary reading.
/// </summary>
internal sealed class AdjectivalMoneyPass : TokenPass
{
    private static readonly Dictionary<string, string> Singular = new(StringComparer.Ordinal)
    {
        ["dollars"] = "dollar",
        ["pounds"] = "pound",
        ["euros"] = "euro",
        ["rupees"] = "rupee",
        ["cents"] = "cent",
        ["pesos"] = "peso",
        ["rubles"] = "ruble",
        ["shekels"] = "shekel",
        ["cedis"] = "cedi",
        ["hryvnias"] = "hryvnia",
        ["shillings"] = "shilling",
    };

    /// <summary>Words after an amount that show it is not an adjective ("a $5 or $10 fee", "a $5 a month plan").</summary>
    private static readonly HashSet<string> NotNouns = new(StringComparer.Ordinal)
    {
        "or", "and", "to", "per", "a", "an", "the", "of", "for", "in", "on", "at", "by", "with", "from", "each", "apiece",
        "more", "less", "than", "plus", "minus", "is", "was", "were", "are", "would", "will", "had", "has", "have",
        "between", "across", "over", "under", "against", "during", "through", "among", "within", "into", "after", "before", "since", "until",
        "they", "he", "she", "it", "we", "you", "i", "that", "which", "who", "this", "these", "those", "as", "so",
        // A verb after the amount makes it a subject, not an adjective: "moved that $85,000 be allocated", "the $5m
        // should cover it", "the $40 goes to charity".
        "be", "been", "being", "should", "could", "might", "must", "shall", "may", "did", "does", "do",
        "goes", "went", "comes", "came", "remains", "remained", "remain",
        // Time and manner words end the phrase: "fined the company €4.2bn last year".
        "last", "next", "ago", "earlier", "later", "yesterday", "today", "tonight", "overall", "instead", "already", "again",
        // A comparison after the amount measures a gap, not a kind of thing: "6.4c above Brisbane", "$2 below last week".
        "above", "below", "beneath", "ahead", "behind", "up", "down", "off", "higher", "lower", "cheaper", "dearer", "short", "shy",
    };

    /// <summary>
    /// Adjectives news puts between an article and an amount ("a reported £45m fee", "a record $2bn deal"): past
    /// participles ("reported", "estimated", "rumoured") and a few words of size. A noun there ("the company €4bn") is
    /// the phrase's head, so the amount after it is no adjective.
    /// </summary>
    private static readonly HashSet<string> SizeAdjectives = new(StringComparer.Ordinal)
    {
        "record", "further", "whopping", "hefty", "total", "extra", "additional", "possible", "potential", "new", "annual", "massive", "modest",
    };

    private static bool IsAdjectiveBeforeAmount(Token token) =>
        token is { Kind: TokenKind.Word } word && word.Text.All(char.IsAsciiLetterLower)
        && ((word.Text.Length > 4 && word.Text.EndsWith("ed", StringComparison.Ordinal)) || SizeAdjectives.Contains(word.Text));

    public override string Name => "money";

    public override List<Token> Apply(List<Token> tokens)
    {
        var result = base.Apply(tokens);
        // Passes skip tokens already spoken, so an amount that is the second of two adjectives ("a five-year,
        // $200 million deal") is made singular here, once the first pass over the sentence is done.
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i] is { Kind: TokenKind.Spoken, Class: "money" } rate && !rate.Words.Contains("and") && IsPerUnitCompound(result, i)
                && Singular.TryGetValue(rate.Words[^1], out var rateCurrency))
            {
                // "a $1,000-a-plate dinner": the amount and its rate are one adjective.
                result[i] = rate with { Words = rate.Words.Take(rate.Words.Count - 1).Append(rateCurrency).ToList() };
                continue;
            }
            if (result[i] is { Kind: TokenKind.Spoken, Class: "money" } note && !note.Words.Contains("and")
                && At(result, i + 1) is { Kind: TokenKind.Word, Text: "bill" or "bills" or "note" or "notes" or "coin" or "coins" or "banknote" or "banknotes" }
                && Singular.TryGetValue(note.Words[^1], out var noteCurrency))
            {
                // "a counterfeit $20 bill": a banknote's name, "twenty dollar bill", whatever comes before.
                result[i] = note with { Words = note.Words.Take(note.Words.Count - 1).Append(noteCurrency).ToList() };
                continue;
            }
            if (result[i] is { Kind: TokenKind.Spoken, Class: "money" } listed && IsLaterAdjective(result, i)
                && ModifiesNoun(result, i + 1) && !listed.Words.Contains("and") && Singular.TryGetValue(listed.Words[^1], out var currency))
            {
                result[i] = listed with { Words = listed.Words.Take(listed.Words.Count - 1).Append(currency).ToList() };
                continue;
            }
            if (result[i] is { Kind: TokenKind.Spoken, Class: "money" } headed && At(result, i + 1) is { Kind: TokenKind.Word } capitalNoun
                && char.IsUpper(capitalNoun.Text[0]) && !NotNouns.Contains(capitalNoun.Text.ToLowerInvariant()) && !HeadlinePrepositions.Contains(capitalNoun.Text)
                && !headed.Words.Contains("and") && Singular.TryGetValue(headed.Words[^1], out var headedCurrency) && IsTitleCase(result))
            {
                // "City Council OKs $3.2M Budget", "Ex-CEO Gets 8 Years for $40M Fraud": a headline drops its articles and
                // capitalises its nouns, so an amount before a capitalised noun is that noun's adjective.
                result[i] = headed with { Words = headed.Words.Take(headed.Words.Count - 1).Append(headedCurrency).ToList() };
            }
        }
        return result;
    }

    /// <summary>Prepositions and conjunctions a Title Case headline capitalises ("$40M From Investors").</summary>
    private static readonly HashSet<string> HeadlinePrepositions = new(StringComparer.Ordinal)
    {
        "From", "Over", "After", "Before", "Into", "Amid", "Against", "Despite", "Under", "Toward", "Towards", "Since", "Until",
        "As", "If", "But", "Than", "Via", "Per", "Each", "In", "On", "At", "By", "For", "To", "Of", "With", "And", "Or", "A", "An", "The",
    };

    /// <summary>
    /// Whether the sentence is a Title Case headline: at least four words that are not all capitals, and at least
    /// four in five of them start with a capital letter.
    /// </summary>
    private static bool IsTitleCase(IReadOnlyList<Token> tokens)
    {
        int words = 0, capitals = 0;
        foreach (var token in tokens)
        {
            if (token is { Kind: TokenKind.Word } word && word.Text.Length > 1 && char.IsLetter(word.Text[0]) && !word.Text.All(c => !char.IsLower(c)))
            {
                words++;
                capitals += char.IsUpper(word.Text[0]) ? 1 : 0;
            }
        }
        return words >= 4 && capitals * 5 >= words * 4;
    }

    /// <summary>"-a-plate", "-an-hour", "-per-share" glued after the amount.</summary>
    private static bool IsPerUnitCompound(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
        && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } rate
        && (rate.Text.StartsWith("a-", StringComparison.Ordinal) || rate.Text.StartsWith("an-", StringComparison.Ordinal) || rate.Text.StartsWith("per-", StringComparison.Ordinal));

    /// <summary>
    /// "a $12 million Series A round", "a $5 Amazon voucher": one or two capitalised words, then the lowercase noun
    /// the amount describes.
    /// </summary>
    private static bool NamedNounFollows(IReadOnlyList<Token> tokens, int at)
    {
        for (var k = at; k < at + 2; k++)
        {
            if (At(tokens, k) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
            {
                return false;
            }
            if (ModifiesNoun(tokens, k + 1))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Verbs that open a clause about an amount: "the $5.71 billion analysts had expected".</summary>
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "had", "have", "has", "were", "are", "expected", "forecast", "forecasted", "predicted", "estimated", "projected", "wanted", "sought", "demanded",
    };

    /// <summary>
    /// Whether a plural noun after the amount is the subject of a clause about it ("beating the $5.71 billion analysts
    /// had expected"), so the amount is counted, not an adjective.
    /// </summary>
    private static bool SubjectOfClause(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Word } noun && noun.Text.Length > 3 && noun.Text.EndsWith('s') && !noun.Text.EndsWith("ss", StringComparison.Ordinal)
        && At(tokens, at + 1) is { Kind: TokenKind.Word } verb && ClauseVerbs.Contains(verb.Text);

    /// <summary>"the agency's $1.9 billion extension": a possessive does a determiner's work.</summary>
    private static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>Currencies whose plural is the singular ("naira", "rand", "yen"): the amount is already an adjective's form, but its article may change.</summary>
    private static bool Invariant(string word, out string currency)
    {
        currency = word;
        return word is "naira" or "rand" or "yen" or "yuan" or "baht" or "ringgit" or "rupiah" or "won" or "kobo" or "sen" or "dong" or "tenge" or "lira";
    }

    /// <summary>
    /// "the $5 million Golden Eagle at Rosehill", "the £50,000 Booker Prize on Tuesday": a name of one to three capitalised
    /// words, closed by a preposition or punctuation, is a prize or race the amount describes.
    /// </summary>
    private static bool NameFollows(IReadOnlyList<Token> tokens, int at)
    {
        var words = 0;
        while (words < 3 && At(tokens, at + words) is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]) && name.Text.Skip(1).Any(char.IsLower)
            && !Abbreviations.Months.ContainsKey(name.Text) && !Abbreviations.IsFullWeekday(name.Text) && !Abbreviations.IsWeekday(name.Text))
        {
            words++;
        }
        return words > 0 && At(tokens, at + words) is null or { Kind: TokenKind.Punctuation }
            or { Kind: TokenKind.Word, Text: "at" or "on" or "in" or "for" or "with" or "from" or "to" or "by" or "this" or "last" or "next" or "was" or "is" or "will" };
    }

    /// <summary>
    /// Whether the word at <paramref name="at"/> is a noun the amount describes: a lowercase word that is not a function
    /// word, nor a participle opening its own phrase ("the $30 billion quoted in 2018", "the $5 million allocated to roads").
    /// </summary>
    private static bool ModifiesNoun(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Word } noun && char.IsLower(noun.Text[0]) && !NotNouns.Contains(noun.Text) && !PricesForPayers(tokens, at)
        && !(noun.Text.Length > 4 && noun.Text.EndsWith("ed", StringComparison.Ordinal) && At(tokens, at + 1) is { Kind: TokenKind.Word } next && NotNouns.Contains(next.Text));

    /// <summary>
    /// "$9 adults, $5 kids": in a price list the amount is what a plural of payers is charged, so it keeps its plural;
    /// only a payer that ends its item (before punctuation, another price, or the end) is such a list ("a $25 seniors
    /// pass" is an adjective still).
    /// </summary>
    private static bool PricesForPayers(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Word } payers && MoneyPass.Payers.Contains(payers.Text)
        && (payers.Text.EndsWith('s') || payers.Text == "children")
        && At(tokens, at + 1) is null or { Kind: TokenKind.Punctuation } or { Kind: TokenKind.Spoken, Class: "money" };

    /// <summary>
    /// Whether the amount at <paramref name="index"/> follows a comma that closes an earlier adjective of the same
    /// noun phrase: a determiner stands at most four words before the comma, with no other punctuation between.
    /// </summary>
    private static bool IsLaterAdjective(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "," })
        {
            return false;
        }
        for (var k = index - 2; k >= Math.Max(0, index - 6); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && Determiners.Words.Contains(word.Text))
            {
                return true;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is not ("-" or "\u2010" or "\u2011"))
            {
                return false;
            }
        }
        return false;
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } article || !(Determiners.Words.Contains(article.Text) || IsPossessive(article.Text)))
        {
            return 0;
        }
        // "a reported £45m fee", "a record $2 billion deal": one lowercase adjective may stand between the article and
        // the amount.
        var adjective = At(tokens, index + 1) is { Kind: TokenKind.Word } between && IsAdjectiveBeforeAmount(between) ? between.Text : null;
        var at = adjective is null ? index + 1 : index + 2;
        if (At(tokens, at) is not { Kind: TokenKind.Spoken, Class: "money" } money
            || money.Words.Contains("and") || !(Singular.TryGetValue(money.Words[^1], out var currency) || Invariant(money.Words[^1], out currency)))
        {
            return 0;
        }
        var used = at + 1 - index;
        var words = money.Words.Take(money.Words.Count - 1).Append(currency).ToList();
        if (At(tokens, at + 1) is { Kind: TokenKind.Word, Text: "or" or "to" or "and" } link
            && At(tokens, at + 2) is { Kind: TokenKind.Spoken, Class: "money" } second && !second.Words.Contains("and")
            && Singular.TryGetValue(second.Words[^1], out var secondCurrency) && ModifiesNoun(tokens, at + 3))
        {
            // "a $5 or $10 fee", "a $20 to $30 ticket": two amounts before one noun are both its adjective.
            words.Add(link.Text);
            words.AddRange(second.Words.Take(second.Words.Count - 1).Append(secondCurrency));
            used += 2;
        }
        else if (!ModifiesNoun(tokens, at + 1) && !NamedNounFollows(tokens, at + 1) && !NameFollows(tokens, at + 1) || SubjectOfClause(tokens, at + 1))
        {
            return 0;
        }
        if (adjective is not null)
        {
            words.Insert(0, adjective);
        }
        // "an eighty...", "an eleven...", "an eighteen...": the article follows the sound of the number.
        var an = words[0].StartsWith("eight", StringComparison.Ordinal) || words[0].StartsWith("eleven", StringComparison.Ordinal);
        var a = an ? "an" : "a";
        // After an adjective the article already agrees with the word the writer put next to it ("an estimated").
        var spokenArticle = adjective is not null || article.Text is not ("a" or "an" or "A" or "An") ? article.Text : char.IsUpper(article.Text[0]) ? "A" + a[1..] : a;
        replacement = Spoken(tokens, index, used, $"{spokenArticle} {string.Join(' ', words)}");
        return used;
    }
}
