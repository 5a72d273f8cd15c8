using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Recognises promo and call-to-action paragraphs ("CLICK HERE TO SIGN UP...", "Read more:", a lone
/// "Advertisement", a donation pitch: "supported by listeners like you", a tag or topic list's label, a media-contact
/// heading, a "report a typo with Ctrl+Enter" line) by phrase. Only short paragraphs are judged: a real paragraph that happens to quote
/// "click here" is longer than any promo, and losing it would be worse than reading a promo.
/// </summary>
public static partial class PromoPhrases
{
    /// <summary>Paragraphs with more words than this are never treated as promos.</summary>
    public const int MaxPromoWords = 30;

    // A pitch is a line or two; the length bound keeps its timed pattern short of its timeout on any input.
    private const int MaxPitchChars = 400;

    /// <summary>
    /// Whether <paramref name="text"/> (one paragraph, whitespace collapsed) is a promo or call to action,
    /// by the built-in phrases or any of <paramref name="extraPhrases"/> (plain text, case-insensitive).
    /// </summary>
    public static bool IsPromo(string text, IReadOnlyList<string>? extraPhrases = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextClean.WordCount(text) > MaxPromoWords)
            return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        if (WholeParagraph().IsMatch(straight) || Anywhere().IsMatch(straight) || AtStart().IsMatch(straight)
            || (straight.Length <= MaxPitchChars && TimedPatterns.IsMatch(Pitch(), straight)))
            return true;
        return extraPhrases is not null && extraPhrases.Any(p =>
            !string.IsNullOrWhiteSpace(p) && straight.Contains(TextClean.StraightenQuotes(p.Trim()), StringComparison.OrdinalIgnoreCase));
    }

    // Whole-paragraph labels that ad slots and widgets leave behind, and headings of link boxes.
    [GeneratedRegex(@"^\W{0,3}(advertisement|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|scroll (down )?to continue( with content| reading)?|(read|see|load|show) more|share( this( article| story)?)?|listen to (this )?(article|story)|new|related( stories| articles| coverage| content| links)?|trending( now| stories)?|recommended( for you| stories| reading)?|you (may|might) also like|more (stories|news|headlines|from [a-z ]{1,30})|most (read|popular|viewed)|top stories|comments?|komentar|kommentare|commenti|commentaires|comentarios|comentários|коментарі|комментарии|σχόλια|yorumlar|media contacts?|press contacts?|contacto de prensa|contact presse|pressekontakt|follow us|more on this (topic|story)|suivez-nous|folgen sie uns|s[ií]guenos|seguici|siga-nos|volg ons|(read|up) next|what to read next|leave a comment|tags|topics|more information|m[aá]s informaci[oó]n|archivado en|temas|etiquetas|themen|schlagw[öo]rter|sujets|plus d'informations|теги|реклама|читайте также|reklama|inzerce|oglas|annonse|διαφήμιση|publicidade|publicidad|publicit[ée]|pubblicit[àa]|anzeige|werbung|reklam|reklame|publicitate|publicitat|tangazo|פרסומת|โฆษณา|விளம்பரம்|advertentie|annons|mainos|iklan|hirdet[ée]s|quảng cáo|광고|广告|広告|विज्ञापन|إعلان|(showing )?(the )?latest (updates|posts)|subscribe( now| today| here)?|相关(新闻|阅读|文章|报道)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|関連記事|관련\s?기사|أخبار ذات صلة|(ا|إ)قرأ\s(أيض(ًا|اً|ا)|المزيد)|संबंधित ख़?बरें)\W{0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex WholeParagraph();

    [GeneratedRegex(@"^lorem ipsum\b|you can now listen to|\bclick here\b|\btap here\b|\bsign up (for|to)\b.{0,80}\bnewsletters?\b|\bsubscribe (to|for)\b.{0,60}\b(newsletters?|channel|podcast|updates)\b|\bsubscribe (now|today)\b|\bget (our|the)\b.{0,40}\bnewsletters?\b|like what you're reading|\bfollow us on\b|\bstory continues below\b|^suivez-nous (sur|on)\b|^folgen sie uns (auf|bei)\b|^s[ií]guenos en\b|^seguici su\b|^siga-nos (no|na|em)\b|^volg ons (op|via)\b|^pratite nas (na|u|putem)\b|^sledite nas (na|u)\b|^følg oss (på|i)\b|^följ oss på\b|^obserwuj nas\b|^sledujte nás\b|\bsubscribe\b.{0,60}\b(by e-?mail|inbox|for free)\b|\bsuscr[ií]bete\b.{0,60}\b(newsletter|bolet[ií]n|bolet[ií]n)\b|\babonnez-vous\b.{0,60}\b(newsletter|lettre)\b|\babonnieren sie\b.{0,60}\bnewsletter\b|^подписывайтесь на\b|\bis a reader-supported publication\b|^تابعونا\s(على|عبر|في)\s|(फ\u093C?|\u095E)ॉलो\s(करें|कीजिए)|^(请)?关注我们|\bctrl\s?\+\s?enter\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Anywhere();

    // Donation pitches and Portuguese video and more-news lines. Generated at build time (short, bounded, with a
    // timeout) rather than added to the patterns above, whose construction cost grows with every alternative.
    [GeneratedRegex(@"\b(listeners|readers|viewers|members) like you\b|\bbecome an? (paying |founding )?(member|subscriber|supporter)\b.{0,60}\b(a|per|each) (month|year|week)\b|\bis (free and )?(reader|listener|member)-(supported|funded)\b|\bis supported by (its|our) (readers|listeners|members)\s?[.;]|\b(we|i) (may )?earn (an? )?(small )?(affiliate )?commission\b|\bwe have a (small )?favou?r to ask\b|^notes? (to|for) editors\W{0,3}$|\bsupport us (today|now)\b|^(give|donate) (now|today)\b|^support (independent|local|nonprofit|public|our)\b.{0,30}\bjournalism\b|\b(prenumerera|abonneer|abonnieren|abonnez|suscr[ií]bete|assine|abbonati|zaprenumeruj|subskrybuj|abone ol|subscribe)\b.{0,100}\b(journali\w*|periodismo|jornalismo|giornalismo|dziennikarstw\w*|gazetecili\w*)\b|\bveja (mais|outras) not[ií]cias\b|\bnot[ií]cias mais (vistas|lidas)\b|^(v[ií]deos?|veja mais)\s{0,3}:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pitch();

    // Prefix labels of link lists and the imperative app pitch; anchored because the words alone are common. The label
    // alone is a link box's heading ("Veja também" over a video card) whose links are not read. Hungarian
    // sites close the read-also label with an exclamation mark ("Olvasd el ezt is! ..."). In Arabic,
    // Hindi, Chinese, Japanese and Korean the label may end with a dash ("यह भी पढ़ें-") as well as a colon.
    [GeneratedRegex(@"^((read|see|watch|listen) (more|also)|also read|more|more on this (topic|story)|related( stories| articles| coverage| content)?|recommended|trending( now)?|top stories|sponsored|watch|listen|(à )?(lire|voir) (aussi|également|egalement)|sur le même sujet|lesen sie (auch|mehr)|mehr zum thema|auch interessant|le[ae] (también|tambien|más|mas)|te puede interesar|leggi anche|leia (também|tambem|mais)|veja (também|tambem)|lees (ook|meer)|читайте также|смотрите также|читайте (еще|ещё)|czytaj (także|też|więcej)|zobacz (także|też)|läs (också|mer)|les (også|mer)|læs (også|mere)|lue myös|pročitajte (i|još|također)|procitajte (i|jos)|pogledajte (i|još)|preberite (tudi|še)|čtěte (také|též)|ayrıca (okuyun|bakınız)|διαβάστε (επίσης|ακόμη|ακόμα|περισσότερα)|δείτε (επίσης|ακόμη|ακόμα)|читайте (також|ще|більше)|дивіться також|more (columns|stories|opinion|from [^:]{1,30})|tags?|topics|keywords|temas|etiquetas|themen|schlagw[öo]rter|sujets|mots-cl[ée]s|argomenti|parole chiave|теги|теми|ετικέτες|θέματα|kata kunci|témata|štítky|címkék|témák|aiheet|avainsanat)\s{0,3}(:|$)|^(olvasd el (ezt )?is|ezt is olvasd el|ne hagyd ki)\s{0,3}[!:]|^((ا|إ)قرأ\s(أيض(ًا|اً|ا)|المزيد)|(شاهد|طالع)\sأيض(ًا|اً|ا)|(यह|ये|इसे|इन्हें)\sभी\s(पढ\u093C|प\u095D)ें|ज़?रूर\sपढ\u093C?ें|相关(新闻|阅读|文章|报道)|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|関連記事|あわせて読みたい|관련\s?기사|함께\s보면\s좋은\s기사)\s{0,3}[:：\-\u2013\u2014]|^(download|get|install) (the|our)\b.{0,60}\bapps?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AtStart();
}
