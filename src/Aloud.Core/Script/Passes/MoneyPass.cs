using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Money: "$5" -> "five dollars", "$1.2 billion" and "$1.2B" -> "one point two billion dollars", "$5.50" -> "five
/// dollars and fifty cents", "$0.20" -> "twenty cents", "US$5" -> "five U S dollars", "£5m" -> "five million
/// pounds", "€40", "¥30b", "₹500", "₩460 billion", "100 EUR" and "USD 100", "12¢", "$20/mo" -> "twenty dollars per
/// month". The currency is only ever taken from a symbol or a code, never guessed.
/// </summary>
internal sealed class MoneyPass(INumberWords numbers) : TokenPass
{
    /// <summary>A currency's names; <see cref="Cent"/> is null where no minor unit is in use (yen, won).</summary>
    /// <summary>
    /// A currency's spoken names, major and minor; MinorUnsaid: whether a price with both units leaves the minor unit
    /// unsaid, as Britain and the euro area say "one pound twenty" and "fourteen euros fifteen".
    /// </summary>
    private sealed record Currency(string One, string Many, string? Cent, string? Cents, bool MinorUnsaid = false);

    private static readonly Currency Dollar = new("dollar", "dollars", "cent", "cents");

    /// <summary>The singular and plural names of the currency a sign writes ("$": "dollar", "dollars"), or null.</summary>
    internal static (string One, string Many)? SignNames(string sign) =>
        Symbols.TryGetValue(sign, out var currency) ? (currency.One, currency.Many) : null;

    /// <summary>The names of the currency a written code ("Rs", "INR", "CAD") stands for, or null when it names none.</summary>
    internal static (string One, string Many)? CodeNames(string code) =>
        Codes.TryGetValue(code, out var currency) ? (currency.One, currency.Many) : null;

    private static readonly Dictionary<string, Currency> Symbols = new(StringComparer.Ordinal)
    {
        ["$"] = Dollar,
        ["£"] = new("pound", "pounds", "penny", "pence", MinorUnsaid: true),
        ["€"] = new("euro", "euros", "cent", "cents", MinorUnsaid: true),
        // Nobody counts sen or jeon: "¥149.85" is "one hundred forty-nine point eight five yen".
        ["¥"] = new("yen", "yen", null, null),
        ["₹"] = new("rupee", "rupees", "paisa", "paise"),
        ["₩"] = new("won", "won", null, null),
        // Signs of the other currencies in use (Unicode's currency symbols that name one today): left unread, the amount
        // lost its currency. A minor unit nobody quotes prices in is left out, so decimals read as decimals.
        ["₦"] = new("naira", "naira", "kobo", "kobo"),
        ["₱"] = new("peso", "pesos", "centavo", "centavos"),
        ["₽"] = new("ruble", "rubles", "kopek", "kopeks"),
        ["₺"] = new("lira", "lira", "kurus", "kurus"),
        ["₪"] = new("shekel", "shekels", "agora", "agorot"),
        ["₫"] = new("dong", "dong", null, null),
        ["₴"] = new("hryvnia", "hryvnias", "kopiyka", "kopiyky"),
        ["₵"] = new("cedi", "cedis", "pesewa", "pesewas"),
        ["฿"] = new("baht", "baht", "satang", "satang"),
        ["₨"] = new("rupee", "rupees", "paisa", "paise"),
        ["৳"] = new("taka", "taka", "poisha", "poisha"),
        ["₸"] = new("tenge", "tenge", null, null),
        ["₼"] = new("manat", "manat", "qapik", "qapik"),
        ["₾"] = new("lari", "lari", "tetri", "tetri"),
        ["₲"] = new("guarani", "guaranis", null, null),
        ["₡"] = new("colon", "colones", null, null),
        ["₭"] = new("kip", "kip", null, null),
        ["₮"] = new("tugrik", "tugriks", null, null),
        ["֏"] = new("dram", "drams", null, null),
        ["؋"] = new("afghani", "afghanis", null, null),
        ["៛"] = new("riel", "riels", null, null),
        ["﷼"] = new("rial", "rials", null, null),
        ["₿"] = new("bitcoin", "bitcoin", null, null),
    };

    /// <summary>
    /// Currencies written as a capital letter glued to the amount: "R50,000" (rand), "N75,000" (naira), "K25,000"
    /// (kwacha), "Y10,000" (yen, wire copy). A road, grade or grid square ("R44", "N17", "K2", "Y10") is never written with a thousands group
    /// or cents, so only those shapes are money (yen: any decimal, as wire copy writes "Y1.2345").
    /// </summary>
    private static readonly Dictionary<char, (Currency Currency, bool AnyDecimal)> LetterSigns = new()
    {
        ['Y'] = (new("yen", "yen", null, null), true),
        ['R'] = (new("rand", "rand", "cent", "cents"), false),
        ['N'] = (new("naira", "naira", "kobo", "kobo"), false),
        // Zambia's and Malawi's kwacha: "K25,000".
        ['K'] = (new("kwacha", "kwacha", "ngwee", "ngwee"), false),
    };

    /// <summary>ISO codes as written next to an amount ("100 EUR", "USD 100").</summary>
    private static readonly Dictionary<string, Currency> Codes = new(StringComparer.Ordinal)
    {
        ["USD"] = new("U S dollar", "U S dollars", "cent", "cents"),
        ["EUR"] = Symbols["€"],
        ["GBP"] = Symbols["£"],
        ["JPY"] = Symbols["¥"],
        ["INR"] = Symbols["₹"],
        ["CAD"] = new("Canadian dollar", "Canadian dollars", "cent", "cents"),
        ["AUD"] = new("Australian dollar", "Australian dollars", "cent", "cents"),
        ["CHF"] = new("Swiss franc", "Swiss francs", "centime", "centimes"),
        ["CNY"] = new("yuan", "yuan", "fen", "fen"),
        ["Rs"] = Symbols["₹"],
        ["BRL"] = new("Brazilian real", "Brazilian reais", "centavo", "centavos"),
        ["MXN"] = new("Mexican peso", "Mexican pesos", "centavo", "centavos"),
        ["GHS"] = new("cedi", "cedis", "pesewa", "pesewas"),
        ["KES"] = new("Kenyan shilling", "Kenyan shillings", "cent", "cents"),
        ["NGN"] = new("naira", "naira", "kobo", "kobo"),
        ["ZAR"] = new("rand", "rand", "cent", "cents"),
        ["PKR"] = new("Pakistani rupee", "Pakistani rupees", "paisa", "paise"),
        ["MYR"] = new("ringgit", "ringgit", "sen", "sen"),
        ["IDR"] = new("rupiah", "rupiah", null, null),
        ["RM"] = new("ringgit", "ringgit", "sen", "sen"),
        // Kenyan copy sets the shilling's sign apart too: "KSh 302 billion".
        ["KSh"] = new("shilling", "shillings", "cent", "cents"),
        ["Ksh"] = new("shilling", "shillings", "cent", "cents"),
        ["KShs"] = new("shilling", "shillings", "cent", "cents"),
    };

    /// <summary>Country prefixes glued to "$": "US$", "C$", "A$", "HK$", "NZ$".</summary>
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.Ordinal)
    {
        ["US"] = "U S",
        ["C"] = "Canadian",
        ["CA"] = "Canadian",
        ["AU"] = "Australian",
        ["A"] = "Australian",
        ["HK"] = "Hong Kong",
        ["NZ"] = "New Zealand",
        ["S"] = "Singapore",
    };

    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase) { "thousand", "million", "billion", "trillion", "lakh", "crore" };

    /// <summary>Words right before a price: "start at R850", "costs R40", "a fee of N500".</summary>
    private static readonly HashSet<string> PriceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "for", "from", "costs", "cost", "costing", "pay", "paid", "pays", "priced", "price", "fee", "fees", "charge", "charged", "earns",
        "earned", "worth", "only", "just", "about",
    };

    /// <summary>Nouns of an amount before "of": "a fee of R300", "a fine of N50,000" (a stretch "of N12" is a road).</summary>
    private static readonly HashSet<string> PriceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "fee", "fees", "price", "prices", "cost", "costs", "fine", "fines", "bill", "charge", "sum", "total", "salary", "wage", "value", "bail",
    };

    /// <summary>Words of the stock market, near which a price is a share price.</summary>
    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase) { "share", "shares", "stock", "stocks" };

    /// <summary>Abbreviated scales; after a currency sign "m" and "b" can only mean million and billion.</summary>
    private static readonly Dictionary<string, string> ScaleLetters = new(StringComparer.Ordinal)
    {
        ["k"] = "thousand",
        ["K"] = "thousand",
        ["m"] = "million",
        ["M"] = "million",
        ["mn"] = "million",
        ["mln"] = "million",
        ["b"] = "billion",
        ["B"] = "billion",
        ["bn"] = "billion",
        ["bln"] = "billion",
        ["t"] = "trillion",
        ["T"] = "trillion",
        ["tn"] = "trillion",
        // Nigerian and Malaysian copy: "N2.7trn", "RM512.6mil", "RM2.5bil".
        ["trn"] = "trillion",
        ["mil"] = "million",
        ["bil"] = "billion",
    };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind == TokenKind.Number)
        {
            return MatchTrailing(tokens, index, out replacement);
        }
        if (GluedLetterSign(tokens, index) is { } glued)
        {
            if (PerDollar(tokens, index + glued.Count) is > 0 and var perDollar && DecimalAmount(glued.Amount, glued.Currency) is { } rate)
            {
                // "R18.74/$", "N1,462/$1": an exchange rate is a decimal, "eighteen point seven four rand to the dollar".
                replacement = Spoken(tokens, index, glued.Count + perDollar, rate + " to the dollar");
                return glued.Count + perDollar;
            }
            // The amount seen as one number token, so a scale word after it is read with it ("R340 billion").
            var gluedView = new MergedTokenView(tokens, index, glued.Count, new Token(TokenKind.Number, glued.Amount, token.Start, token.SpaceBefore));
            if (Amount(gluedView, index, glued.Currency, out var gluedWords, out var gluedCount))
            {
                // "traded at R4,215/t": the letter-signed price's rate too.
                var gluedUsed = gluedCount + glued.Count - 1;
                if (PriceRate.Read(tokens, index + gluedUsed, out var gluedRateTokens) is { } gluedRate)
                {
                    gluedWords += " " + gluedRate;
                    gluedUsed += gluedRateTokens;
                }
                replacement = Spoken(tokens, index, gluedUsed, gluedWords);
                return gluedUsed;
            }
        }
        if (GluedWordSign(tokens, index) is ({ } gluedSignAmount, var groupTokens, { } wordCurrency))
        {
            // "Sh1.2 billion", "KSh500", "Sh1,000", "Rs3.05", "Rs400bn": East African and South Asian copy glue the
            // currency's sign to the amount.
            if (PerDollar(tokens, index + groupTokens) is > 0 and var signPerDollar && DecimalAmount(gluedSignAmount, wordCurrency) is { } signRate)
            {
                // "Rs284.10/$1": the rupee's rate against the dollar.
                replacement = Spoken(tokens, index, groupTokens + signPerDollar, signRate + " to the dollar");
                return groupTokens + signPerDollar;
            }
            var view = new MergedTokenView(tokens, index, groupTokens, new Token(TokenKind.Number, gluedSignAmount, token.Start, token.SpaceBefore));
            if (Amount(view, index, wordCurrency, out var signWords, out var viewCount))
            {
                // "Rs80/kg": the rate of a price whose sign is a word.
                var signUsed = viewCount + groupTokens - 1;
                if (PriceRate.Read(tokens, index + signUsed, out var signRateTokens) is { } signPriceRate)
                {
                    signWords += " " + signPriceRate;
                    signUsed += signRateTokens;
                }
                replacement = Spoken(tokens, index, signUsed, signWords);
                return signUsed;
            }
        }
        if (token.Text == "$" && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: false } suffixed
            && DollarPrefixes.Keys.FirstOrDefault(p => suffixed.Text.Length > p.Length && suffixed.Text.StartsWith(p, StringComparison.Ordinal) && char.IsAsciiDigit(suffixed.Text[p.Length])) is { } suffix)
        {
            // "$A3.4 billion", "$NZ5m": the country's letters after the sign, as Australian and New Zealand copy writes them.
            var suffixedView = new MergedTokenView(tokens, index + 1, 1, new Token(TokenKind.Number, suffixed.Text[suffix.Length..], suffixed.Start, false));
            var named = new Currency($"{DollarPrefixes[suffix]} dollar", $"{DollarPrefixes[suffix]} dollars", "cent", "cents");
            if (Amount(suffixedView, index + 1, named, out var suffixedWords, out var suffixedCount))
            {
                replacement = Spoken(tokens, index, suffixedCount + 1, suffixedWords);
                return suffixedCount + 1;
            }
        }
        if (token is { Kind: TokenKind.Word, Text: "GH" } && At(tokens, index + 1) is { Text: "\u00A2" or "\u20B5", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Number })
        {
            // "GH¢11.20": Ghana's cedi; "GH¢15.20/$1" its rate against the dollar.
            if (PerDollar(tokens, index + 3) is > 0 and var cediPerDollar && DecimalAmount(tokens[index + 2].Text, Cedi) is { } cediRate)
            {
                replacement = Spoken(tokens, index, 3 + cediPerDollar, cediRate + " to the dollar");
                return 3 + cediPerDollar;
            }
            return Read(tokens, index, index + 2, Cedi, out replacement);
        }
        var at = index;
        Currency? currency = null;
        if (token.Kind == TokenKind.Word && DollarPrefixes.TryGetValue(token.Text, out var country) && At(tokens, index + 1) is { Text: "$", SpaceBefore: false })
        {
            currency = new($"{country} dollar", $"{country} dollars", "cent", "cents");
            at++;
        }
        else if (IsLegacyYenSign(tokens, index))
        {
            currency = Symbols["¥"];
        }
        else if (Symbols.TryGetValue(token.Text, out var symbol))
        {
            currency = symbol;
        }
        else if (token.Kind == TokenKind.Word && Codes.TryGetValue(token.Text, out var code) && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true }
            && !SlashedWholeNumbers(tokens, index + 1))
        {
            currency = code;
            return Read(tokens, index, index + 1, currency, out replacement);
        }
        // "$ 300,000" (a spaced sign, as in tokenised copy) is still money; "US $5" is not a prefix.
        if (currency is null || At(tokens, at + 1) is not { } amount || (amount.SpaceBefore && (at != index || amount.Kind != TokenKind.Number)))
        {
            return 0;
        }
        if (token.Text != "$" && amount is { Kind: TokenKind.Number } && PerDollar(tokens, at + 2) is > 0 and var perDollarTokens
            && DecimalAmount(amount.Text, currency) is { } perDollarRate)
        {
            // "₦1,468/$1": an exchange rate, "one thousand four hundred sixty-eight naira to the dollar".
            var used = at + 2 + perDollarTokens - index;
            replacement = Spoken(tokens, index, used, perDollarRate + " to the dollar");
            return used;
        }
        return Read(tokens, index, at + 1, currency, out replacement);
    }

    /// <summary>
    /// "RM 31/0642", "SC 4/118": a pair of whole numbers joined by a glued slash after a code is a label and its serial
    /// (a consent, a case, a file), since no amount of money is written with a slash inside it.
    /// </summary>
    private static bool SlashedWholeNumbers(IReadOnlyList<Token> tokens, int at) =>
        tokens[at] is { Kind: TokenKind.Number } first && NumberText.IsPlain(first.Text)
        && At(tokens, at + 1) is { Text: "/", SpaceBefore: false } && At(tokens, at + 2) is { Kind: TokenKind.Number, SpaceBefore: false } second
        && NumberText.IsPlain(second.Text);

    /// <summary>
    /// "Y10,000" or "Y1.25" (wire copy) and "\10,000" (Japanese code pages) write the yen sign as a letter or a
    /// backslash. Only glued to an amount with a thousands comma or a decimal point, so "Y2", "Y10" or a path stay.
    /// </summary>
    private static bool IsLegacyYenSign(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Text: "Y" or "\\" } && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } amount
        && NumberText.Split(amount.Text).Suffix.Length == 0 && (amount.Text.Contains(',', StringComparison.Ordinal) || amount.Text.Contains('.', StringComparison.Ordinal))
        && (tokens[index].SpaceBefore || At(tokens, index - 1) is null or { Kind: TokenKind.Punctuation });

    /// <summary>
    /// An amount written as one word with a currency letter (<see cref="LetterSigns"/>): "Y1.2345", "R1.12", or
    /// "R50" with glued thousands groups (",000"); null when the word is not that shape ("Y10", "R44" and "N17"
    /// alone stay as written).
    /// </summary>
    private static (string Amount, int Count, Currency Currency)? GluedLetterSign(IReadOnlyList<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        // "R2.4bn", "N350m": a lower-case scale glued behind is money too (a capital one could be a model: "R5T").
        var scaled = text.Length > 4 && text[^3..] is "trn" or "mil" ? text[^3..]
            : text.Length > 3 && text[^2..] is "bn" or "mn" or "tn" ? text[^2..] : text.Length > 2 && text[^1] is 'm' or 'k' ? text[^1..] : "";
        if (scaled.Length > 0 && tokens[index].Kind == TokenKind.Word && LetterSigns.ContainsKey(text[0]) && char.IsAsciiDigit(text[1])
            && char.IsAsciiDigit(text[^(scaled.Length + 1)]) && text[1..^scaled.Length].All(c => char.IsAsciiDigit(c) || c == '.')
            && text.Count(c => c == '.') <= 1)
        {
            return tokens[index].SpaceBefore || At(tokens, index - 1) is null or { Kind: TokenKind.Punctuation }
                ? (text[1..], 1, LetterSigns[text[0]].Currency)
                : null;
        }
        if (tokens[index].Kind != TokenKind.Word || text.Length < 2 || !LetterSigns.TryGetValue(text[0], out var sign) || !char.IsAsciiDigit(text[1])
            || text.Skip(1).Any(c => !char.IsAsciiDigit(c) && c != '.') || text.Count(c => c == '.') > 1 || text[^1] == '.'
            || (!tokens[index].SpaceBefore && At(tokens, index - 1) is { Kind: not TokenKind.Punctuation }))
        {
            return null;
        }
        var amount = text[1..];
        (amount, var count) = WithGluedGroups(tokens, index, amount);
        var dot = amount.IndexOf('.', StringComparison.Ordinal);
        // "R340 billion": a scale word after it makes a bare figure money too (no road or grid square has one).
        var scaleFollows = At(tokens, index + count) is { Kind: TokenKind.Word, SpaceBefore: true } scaleWord && ScaleWords.Contains(scaleWord.Text);
        // "tickets start at R850", "a fee of R300": after a word of price a bare figure is money; a road takes "the".
        var priced = AfterPriceWord(tokens, index) && amount.Length >= 2;
        // "sells for R320 in hardback and R199 as an e-book", "increases by R10 to R2,315": a bare figure joined to an
        // amount in the same currency, or moving to or by one, is that money too.
        var pairedWithMoney = amount.Length >= 2 && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "and" or "or" or "to" or "by" or "from" }
            && NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Word } other && other.Text.Length > 2 && other.Text[0] == text[0]
                && char.IsAsciiDigit(other.Text[1]) && (other.Text.Contains(',') || At(tokens, k + 1) is { Text: ",", SpaceBefore: false } || AfterPriceWord(tokens, k)));
        // "The toll will rise to R89": a figure a price moves to, in a sentence about a price.
        var priceMoves = amount.Length >= 2 && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "by" }
            && NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Word } noun && (PriceNouns.Contains(noun.Text) || noun.Text.ToLowerInvariant() is "toll" or "tolls" or "fare" or "fares" or "grant" or "grants" or "tariff"));
        // "adults R80, children under 12 R40", "entry R350": a figure straight after who pays or what is paid for, with no
        // "the" a road would take; "R500 reward", "a R250 voucher": a figure before a noun of money paid out.
        var paid = amount.Length >= 2 && (AfterPayer(tokens, index) || At(tokens, index + count) is { Kind: TokenKind.Word, SpaceBefore: true } paidOut && PaidOutNouns.Contains(paidOut.Text));
        // "lambs sold to R48/kg": a price per unit after a slash; no road or grid square is quoted per kilogram.
        var rated = PriceRate.Read(tokens, index + count, out _) is not null;
        var money = (count > 1 && dot < 0) || (dot >= 0 && (sign.AnyDecimal || amount.Length - dot - 1 == 2)) || scaleFollows || priced || pairedWithMoney || priceMoves || paid
            || rated;
        return money ? (amount, count, sign.Currency) : null;
    }

    /// <summary>Who pays a price in a notice: "adults R80", "pensioners R40".</summary>
    internal static readonly HashSet<string> Payers = new(StringComparer.OrdinalIgnoreCase)
    {
        "adults", "adult", "children", "child", "kids", "pensioners", "seniors", "students", "learners", "scholars", "pupils", "members",
        "non-members", "visitors", "couples", "families", "family", "singles", "teams", "entries", "entrance",
    };

    /// <summary>Money paid out, named after its amount: "R500 reward", "a R250 voucher".</summary>
    private static readonly HashSet<string> PaidOutNouns = new(StringComparer.Ordinal)
    {
        "reward", "voucher", "vouchers", "fine", "deposit", "prize", "bonus", "donation", "discount", "rebate", "refund", "grant", "payout", "levy", "surcharge", "bursary",
    };

    /// <summary>
    /// Whether who pays or what is paid for stands right before the figure at <paramref name="index"/>, past an age limit
    /// ("children under 12 R40").
    /// </summary>
    private static bool AfterPayer(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        if (At(tokens, k) is { Kind: TokenKind.Number } && At(tokens, k - 1) is { Kind: TokenKind.Word, Text: "under" or "over" or "aged" })
        {
            k -= 2;
        }
        return At(tokens, k) is { Kind: TokenKind.Word } payer && (Payers.Contains(payer.Text) || AdmissionNouns.Contains(payer.Text));
    }

    /// <summary>Things a notice gives the price of with "is" or "are": "Tickets are R150", "Entry is R40".</summary>
    private static readonly HashSet<string> AdmissionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ticket", "tickets", "entry", "admission", "membership", "subscription", "subs", "rent", "tuition",
    };

    /// <summary>
    /// "tickets start at R850", "a fee of R300", "Tickets are R150": whether a word of price stands right before
    /// <paramref name="index"/>, or a noun of price or admission and "is" or "are".
    /// </summary>
    private static bool AfterPriceWord(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word } priceWord && PriceWords.Contains(priceWord.Text)
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "of" } && At(tokens, index - 2) is { Kind: TokenKind.Word } priceNoun && PriceNouns.Contains(priceNoun.Text)
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "is" or "are" or "was" or "were" } && At(tokens, index - 2) is { Kind: TokenKind.Word } admission
            && (AdmissionNouns.Contains(admission.Text) || PriceNouns.Contains(admission.Text));

    private static readonly Currency Shilling = new("shilling", "shillings", "cent", "cents");

    private static readonly Currency Cedi = new("cedi", "cedis", "pesewa", "pesewas");

    private static readonly Currency Ringgit = new("ringgit", "ringgit", "sen", "sen");

    private static readonly Currency Rupiah = new("rupiah", "rupiah", null, null);

    /// <summary>Currency signs written as letters and glued to an amount, longest first so "KShs" wins over "KSh".</summary>
    private static readonly (string Sign, Currency Currency)[] WordSigns =
    [
        ("KShs", Shilling), ("KSh", Shilling), ("Ksh", Shilling), ("TSh", Shilling), ("USh", Shilling), ("Shs", Shilling), ("Sh", Shilling),
        ("Rs.", Symbols["\u20B9"]), ("Rs", Symbols["\u20B9"]),
        // Malaysia's ringgit and Indonesia's rupiah, as their own copy writes them ("RM2.05", "Rp15,000").
        ("RM", Ringgit), ("Rp", Rupiah),
    ];

    /// <summary>
    /// The amount of a word like "Sh1.2", "KSh500", "Rs400bn" or "Sh1" followed by glued thousands groups (",000"), how
    /// many tokens it spans and its currency; nulls when the word is not a letter sign glued to digits (with at most a
    /// scale letter after them).
    /// </summary>
    private static (string? Amount, int Count, Currency? Currency) GluedWordSign(IReadOnlyList<Token> tokens, int index)
    {
        var token = tokens[index];
        if (token.Kind != TokenKind.Word || (!token.SpaceBefore && At(tokens, index - 1) is { Kind: not TokenKind.Punctuation }))
        {
            return (null, 0, null);
        }
        var (sign, currency) = WordSigns.FirstOrDefault(s => token.Text.Length > s.Sign.Length && token.Text.StartsWith(s.Sign, StringComparison.Ordinal)
            && char.IsAsciiDigit(token.Text[s.Sign.Length]));
        if (sign is null)
        {
            return (null, 0, null);
        }
        var amount = token.Text[sign.Length..];
        var (digits, scale) = NumberText.Split(amount);
        if (digits.Any(c => !char.IsAsciiDigit(c) && c != '.') || digits.Count(c => c == '.') > 1 || digits[^1] == '.'
            || (scale.Length > 0 && !ScaleLetters.ContainsKey(scale)))
        {
            return (null, 0, null);
        }
        (amount, var count) = scale.Length > 0 ? (amount, 1) : WithGluedGroups(tokens, index, amount);
        return (amount, count, currency);
    }

    /// <summary>
    /// An amount glued to its sign with the thousands groups the tokenizer split off after it ("Sh1" "," "000"): the
    /// whole amount and how many tokens it spans.
    /// </summary>
    private static (string Amount, int Count) WithGluedGroups(IReadOnlyList<Token> tokens, int index, string amount)
    {
        var count = 1;
        while (!amount.Contains('.', StringComparison.Ordinal) && amount.Replace(",", "").Length < 16
            && At(tokens, index + count) is { Text: ",", SpaceBefore: false }
            && At(tokens, index + count + 1) is { Kind: TokenKind.Number, SpaceBefore: false } group
            && IsThousandsGroups(group.Text))
        {
            amount += "," + group.Text;
            count += 2;
        }
        return (amount, count);
    }

    /// <summary>
    /// The rest of an amount after its first comma, as the tokenizer keeps it: "000", "250,000", "500.75" (groups of
    /// three digits, the last one may carry a decimal part).
    /// </summary>
    private static bool IsThousandsGroups(string text)
    {
        var groups = text.Split(',');
        for (var i = 0; i < groups.Length; i++)
        {
            var group = i == groups.Length - 1 && groups[i].Length > 4 && groups[i][3] == '.' ? groups[i][..3] : groups[i];
            if (group.Length != 3 || !NumberText.IsPlain(group))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// How many tokens a glued "/$" or "/$1" after an amount takes (a rate against the dollar: "R18.74/$", "N1,462/$1"), or
    /// 0: "/$5" is not a rate.
    /// </summary>
    private static int PerDollar(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is not { Text: "/", SpaceBefore: false } || At(tokens, index + 1) is not { Text: "$", SpaceBefore: false } ? 0
        : At(tokens, index + 2) is { Kind: TokenKind.Number, Text: "1", SpaceBefore: false } ? 3
        : At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false } ? 0
        : 2;

    /// <summary>"18.74" in a currency as a decimal: "eighteen point seven four rand"; null when it is not a number.</summary>
    private string? DecimalAmount(string amount, Currency currency)
    {
        var parts = amount.Replace(",", "", StringComparison.Ordinal).Split('.');
        if (parts.Length > 2 || !NumberText.TryParseInteger(parts[0], out var whole))
        {
            return null;
        }
        var point = parts.Length == 2 ? $" point {NumberText.DigitByDigit(numbers, parts[1])}" : "";
        return $"{numbers.Cardinal(whole)}{point} {currency.Many}";
    }

    /// <summary>"100 EUR", "12¢".</summary>
    private int MatchTrailing(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var next = At(tokens, index + 1);
        if (next is { Text: "¢", SpaceBefore: false } && NumberText.IsPlain(tokens[index].Text) && NumberText.TryParseInteger(tokens[index].Text, out var cents))
        {
            replacement = Spoken(tokens, index, 2, $"{numbers.Cardinal(cents)} {(cents == 1 ? "cent" : "cents")}");
            return 2;
        }
        if (next is { Text: "¢", SpaceBefore: false } && DecimalWords.TryRead(numbers, tokens[index].Text) is { } fractionalCents)
        {
            // "1.4¢ per kWh": a rate in fractions of a cent.
            replacement = Spoken(tokens, index, 2, $"{fractionalCents} cents");
            return 2;
        }
        if (next is { Kind: TokenKind.Word, SpaceBefore: true } && Codes.TryGetValue(next.Text, out var code)
            && Amount(tokens, index, code, out var words, out var count) && count == 1)
        {
            replacement = Spoken(tokens, index, 2, words);
            return 2;
        }
        return 0;
    }

    private int Read(IReadOnlyList<Token> tokens, int first, int amountIndex, Currency currency, out Token replacement)
    {
        replacement = null!;
        if (!Amount(tokens, amountIndex, currency, out var words, out var count))
        {
            return 0;
        }
        var end = amountIndex + count;
        if (count == 1 && At(tokens, end) is { SpaceBefore: false } glyph && FractionOfCent(tokens[amountIndex].Text, glyph.Text, currency) is { } fractionWords)
        {
            words = fractionWords;
            end++;
        }
        else if (count == 1 && SpacedFraction(tokens, end) is { } spaced && FractionOfCent(tokens[amountIndex].Text, spaced, currency) is { } spacedWords)
        {
            // "$4.18 1/2 a bushel": the half cent written with a slash after a space.
            words = spacedWords;
            end += 3;
        }
        if (PriceRate.Read(tokens, end, out var rateTokens) is { } rate)
        {
            // "$20/mo" -> "twenty dollars a month", "$15.50/hr." -> "... an hour".
            words += " " + rate;
            end += rateTokens;
        }
        replacement = Spoken(tokens, first, end - first, words);
        return end - first;
    }

    private static readonly Dictionary<string, string> CentFractions = new(StringComparer.Ordinal)
    {
        ["½"] = "a half",
        ["¼"] = "a quarter",
        ["¾"] = "three-quarter",
        ["⅛"] = "an eighth",
        ["⅜"] = "three-eighths",
        ["⅝"] = "five-eighths",
        ["⅞"] = "seven-eighths",
    };

    /// <summary>"1/2", "3/4" spaced after an amount, as the fraction glyph it stands for ("½"); null for any other shape.</summary>
    private static string? SpacedFraction(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Number, SpaceBefore: true } top && At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
        && At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false } bottom && At(tokens, index + 3) is not { SpaceBefore: false, Kind: TokenKind.Number or TokenKind.Word }
            ? $"{top.Text}/{bottom.Text}" switch { "1/2" => "½", "1/4" => "¼", "3/4" => "¾", "1/8" => "⅛", "3/8" => "⅜", "5/8" => "⅝", "7/8" => "⅞", _ => null }
            : null;

    /// <summary>
    /// "$10.62½", "$4.41¾": a grain or futures price quoted in fractions of a cent, "ten dollars sixty-two and a half
    /// cents". Null unless a fraction glyph is glued to an amount with exactly two cent digits.
    /// </summary>
    private string? FractionOfCent(string amount, string glyph, Currency currency)
    {
        if (!CentFractions.TryGetValue(glyph, out var fraction) || currency.Cents is null
            || amount.Split('.') is not [var wholeDigits, { Length: 2 } centDigits] || !NumberText.IsPlain(centDigits)
            || !NumberText.TryParseInteger(wholeDigits.Length == 0 ? "0" : wholeDigits, out var whole) || !int.TryParse(centDigits, out var cents))
        {
            return null;
        }
        var centWords = $"{numbers.Cardinal(cents)} and {fraction} {currency.Cents}";
        return whole == 0 ? centWords : $"{numbers.Cardinal(whole)} {(whole == 1 ? currency.One : currency.Many)} {centWords}";
    }

    /// <summary>
    /// The amount from token <paramref name="index"/> with its currency words: "5", ".01", "5.6B", "5 m", "1.2
    /// billion". <paramref name="count"/> is how many tokens it read.
    /// </summary>
    private bool Amount(IReadOnlyList<Token> tokens, int index, Currency currency, out string words, out int count)
    {
        words = "";
        count = 1;
        var token = tokens[index];
        string text;
        if (token.IsPunctuation(".") && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } fraction && NumberText.IsPlain(fraction.Text))
        {
            // "$.01": no whole part.
            text = "0." + fraction.Text;
            count = 2;
        }
        else if (token.Kind == TokenKind.Number)
        {
            text = token.Text;
        }
        else
        {
            return false;
        }
        if (IndianGrouping.TryRead(numbers, text) is { } indian)
        {
            // "Rs 1,25,000": "one lakh twenty-five thousand rupees".
            words = $"{indian} {currency.Many}";
            return true;
        }
        var (digits, suffix) = NumberText.Split(text);
        var parts = digits.Replace(",", "").Split('.');
        if (parts.Length > 2 || !NumberText.TryParseInteger(digits.Split('.')[0], out var whole))
        {
            return false;
        }
        var scale = suffix.Length == 0 ? null : ScaleLetters.GetValueOrDefault(suffix);
        if (suffix.Length > 0 && scale is null)
        {
            return false;
        }
        var adjectival = false;
        if (scale is null && At(tokens, index + count) is { Kind: TokenKind.Word, SpaceBefore: true } next)
        {
            scale = ScaleWords.Contains(next.Text) ? next.Text.ToLowerInvariant() : next.Text.Length <= 3 ? ScaleLetters.GetValueOrDefault(next.Text) : null;
            count += scale is null ? 0 : 1;
            if (scale is not null && At(tokens, index + count) is { Kind: TokenKind.Word, SpaceBefore: true } larger && ScaleWords.Contains(larger.Text))
            {
                // "₹1.2 lakh crore", "Rs 5 thousand crore": Indian copy stacks two scales; both come before the currency.
                scale = $"{scale} {larger.Text.ToLowerInvariant()}";
                count++;
            }
        }
        else if (scale is null && At(tokens, index + count) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            && At(tokens, index + count + 1) is { Kind: TokenKind.Word, SpaceBefore: false } hyphenScale && ScaleWords.Contains(hyphenScale.Text))
        {
            // "a $3.5-trillion plan": the hyphen makes the amount describe the noun after it.
            scale = hyphenScale.Text.ToLowerInvariant();
            adjectival = true;
            count += 2;
        }
        if (scale is not null)
        {
            var amount = parts.Length == 2 ? $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])}" : numbers.Cardinal(whole);
            words = $"{amount} {scale} {(adjectival ? currency.One : currency.Many)}";
            return true;
        }
        if (parts.Length == 2 && currency.Cent is null)
        {
            words = $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])} {currency.Many}";
            return true;
        }
        var centDigits = parts.Length == 2 ? parts[1] : "";
        // "$2.000", "$20.500": zeros past the cents add nothing. A rate quoted past the cents ("€1.1810") keeps every
        // digit it was written with: the trailing zero is part of the quote.
        if (centDigits.Length > 2 && centDigits.TrimEnd('0').Length <= 2)
        {
            centDigits = centDigits.TrimEnd('0').PadRight(2, '0');
        }
        if (centDigits.Length == 1)
        {
            centDigits += "0";
        }
        if (centDigits.Length == 2 && int.TryParse(centDigits, out var cents))
        {
            var centWords = $"{numbers.Cardinal(cents)} {(cents == 1 ? currency.Cent : currency.Cents)}";
            words = whole == 0 && cents > 0 ? centWords : $"{numbers.Cardinal(whole)} {(whole == 1 ? currency.One : currency.Many)}";
            if (whole > 0 && cents > 0)
            {
                // "one pound twenty", but "two pounds and one penny", and a share price keeps the formal reading the
                // market pages use ("closed at thirty-eight euros and twelve cents").
                var minorUnsaid = currency.MinorUnsaid && cents >= 10 && !NearbyWords.Any(tokens, index, ShareWords);
                words += minorUnsaid ? " " + numbers.Cardinal(cents) : " and " + centWords;
            }
            return true;
        }
        if (parts.Length == 2)
        {
            words = $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, centDigits)} {currency.Many}";
            return true;
        }
        words = $"{numbers.Cardinal(whole)} {(whole == 1 ? currency.One : currency.Many)}";
        return true;
    }
}
