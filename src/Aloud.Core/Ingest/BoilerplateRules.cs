using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Decides which elements are not article text: non-content tags, hidden elements, and elements whose
/// class or id names a page furniture role (ads, promos, sharing, related links...). Publisher
/// <see cref="ExtractionOptions.DropSelectors"/> add to the rules and <see cref="ExtractionOptions.KeepSelectors"/>
/// override the class and hidden rules.
/// </summary>
internal sealed partial class BoilerplateRules(ExtractionOptions options)
{
    private static readonly HashSet<string> DroppedTags =
    [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe", "svg",
        "figure", "object", "embed", "video", "audio", "canvas", "select", "input", "textarea",
        "dialog", "menu", "map", "math", "picture", "img", "head", "title", "meta", "link",
        // Ruby annotations (furigana) and their fallback brackets: the base text is read, the reading aid is not.
        "rt", "rp",
        // AMP's ad and embed slots: their placeholder holds the ad label ("Advertisement", "Διαφήμιση").
        "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads",
    ];

    // Sub-words (see ClassTokens) that name page furniture rather than story text.
    private static readonly HashSet<string> BoilerplateWords =
    [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "dfp",
        "sponsor", "sponsored", "promo", "promos", "promotion", "promoted", "cta", "newsletter", "newsletters",
        "signup", "related", "share", "sharing", "sharebar", "social", "subscribe", "subscription", "paywall",
        "trending", "recommended", "recommendations", "recirc", "outbrain", "taboola", "copyright", "tags",
        "breadcrumb", "breadcrumbs", "comment", "comments", "disqus", "sidebar", "rail", "listen", "nav",
        "navigation", "navbar", "menu", "footer", "toolbar", "pagination", "pager", "popup", "modal", "overlay",
        "cookie", "cookies", "consent", "gdpr", "byline", "dateline", "timestamp", "date", "pubdate", "author", "meta", "eyebrow",
        "kicker", "widget", "embed", "tweet", "instagram", "tiktok", "player", "playlist", "print", "skip",
        "login", "signin", "leaderboard", "popular", "readmore", "hidden", "sr", "visuallyhidden",
        // Jetpack's "jp-relatedposts", "relatedlinks"; footnote markers and notes ("footnote-anchor", "footnotes").
        "relatedposts", "relatedlinks", "footnote", "footnotes", "upsell", "upgrade",
        // An author's bio under the story ("ContributorBio", "authors-bio").
        "bio", "bios",
        // Charts and data graphics: axis labels and legends ("$915", "'22", "MONTHLY") are not sentences.
        "chart", "charts", "graphic", "graphics", "infographic", "ai2html",
        // Photo galleries: their titles, counters ("6 photos") and captions are not the story. ("carousel" and
        // "slideshow" are not here: Yahoo wraps a lead photo and its caption in one, and the Readability reference keeps it.)
        "gallery",
        // Israeli sites call reader comments "talkbacks"; an audio module is a player ("4-Minute Listen").
        "talkback", "talkbacks", "audio",
        // Reader comments named in other languages, and a keyword list (the tags under another name).
        "komentar", "kommentar", "kommentare", "commenti", "commentaires", "comentarios", "comentarii", "reacties",
        "yorum", "yorumlar", "keyword", "keywords",
        // The same in the plural forms Slavic, Nordic, Finnish, Dutch and Catalan sites name the section by
        // ("komentari", "komentarze", "kommentarer"), and the tags in Basque, Spanish, Portuguese, Catalan, Romanian and Turkish.
        "komentari", "komentarji", "komentarze", "komentare", "kommentarer", "kommentit", "commentaren", "comentaris",
        "etiketak", "etiquetas", "etiquetes", "etichete", "etiketler",
        // A health site's disclaimer and source list, a donation box, a follow-us box.
        "disclaimer", "disclaimers", "sources", "donate", "donation", "donations",
        // A fact check's verdict box ("verdict-box": the claim, the rating and why), a summary of the check beside it.
        "verdict",
        // Readers' replies under a post (a local aggregator's "replies"), a rating widget, a recipe card's nutrition box.
        "reply", "replies", "rating", "ratings", "nutrition",
        // The byline in other languages ("nota-autor", "auteur", French papers' "article__signature"), and the newsletter and ad boxes in Spanish, French
        // and Hungarian ("nota-boletin", "boite-infolettre", "hirlevel-doboz", "hirdetes").
        "autor", "auteur", "autore", "signature", "boletin", "infolettre", "hirlevel", "hirdetes",
        // An ad slot's label ("td-adspot-title": "- Advertisement -" in the page's language) and a reader-revenue
        // "epic", the donation box news sites set at a story's end ("contributions-epic").
        "adspot", "epic", "support",
        // A funeral notice's guest book and condolences (readers' messages and "A candle was lit by ..."), the comments
        // of an obituary page; and a site's alert banner (a bin-collection or weather notice), which is the site's, not the story's.
        "guestbook", "condolence", "condolences", "alert", "alerts",
        // The staff credits box under a long read ("Reporting: ... Editing: ... Data: ..."): the team's names, a byline's
        // kin. The singular "credit" is not here: it names a story's own credit line, read when credits are asked for.
        "credits",
    ];

    // Whole tokens that are furniture although none of their sub-words is in the list above.
    private static readonly HashSet<string> BoilerplateTokens =
    [
        "read-more", "more-stories", "most-read", "screen-reader-text", "visually-hidden", "tag-list",
        // What a publisher marks for text-to-speech tools to skip (Medium's header: "Member-only story", read time).
        "speechify-ignore",
        // A press release's notes for journalists (media contacts, where notices are posted): not the release.
        "notes-to-editors", "notes-for-editors", "editors-notes",
        "guest-book", "guest_book",
    ];

    // Sub-words naming a glossary or key-terms box: an aside the story sets for its own words, read with it.
    private static readonly HashSet<string> GlossaryWords = ["glossary", "glossar", "glosario", "glossaire", "definitions", "keyterms"];

    // Sub-words that name an embedded post: furniture when it is a share bar, the story's quote when it
    // wraps a blockquote (the text of an embedded tweet, say).
    private static readonly HashSet<string> EmbedWords = ["social", "embed", "tweet", "instagram", "tiktok", "media"];

    private static readonly HashSet<string> PhotoWords = ["photo", "image", "img", "media", "picture", "getty"];

    private readonly IReadOnlyList<AngleSharp.Css.Dom.ISelector> _drop = SelectorList.Parse(options.DropSelectors, "DropSelectors");
    private readonly IReadOnlyList<AngleSharp.Css.Dom.ISelector> _keep = SelectorList.Parse(options.KeepSelectors, "KeepSelectors");

    /// <summary>The parts the page's own JSON-LD marks as its paywalled story (<see cref="WalledParts"/>): read, hidden or not.</summary>
    public IReadOnlyList<AngleSharp.Css.Dom.ISelector> WalledParts { get; init; } = [];

    /// <summary>Whether and why <paramref name="element"/> and everything in it is left out of the body.</summary>
    public Exclusion Judge(IElement element)
    {
        if (DroppedTags.Contains(element.LocalName) && !IsGlossaryAside(element)) return Exclusion.ByTag;
        // An earnings release's financial statement is data for analysts; judged by its unit note, never by a class.
        if (FinancialTables.IsStatement(element)) return Exclusion.ByTag;
        // A footnote marker linked to its note is a reference, not a word of the sentence it sits in.
        if (FootnoteMarkers.IsMarker(element)) return Exclusion.ByTag;
        if (SelectorList.AnyMatch(_drop, element)) return Exclusion.BySelector;
        if (SelectorList.AnyMatch(_keep, element) || SelectorList.AnyMatch(WalledParts, element)) return Exclusion.None;
        if (IsHidden(element)) return Exclusion.Hidden;
        var tokens = ClassTokens.Of(element);
        if (element.LocalName == "figcaption" || NamesCaption(tokens) || HookNamesCaption(element) || PlacedCaption.Is(element)) return Exclusion.Caption;
        return !IsStructural(element) && (IsFurnitureByName(tokens) || DrupalTrailingFields.IsTrailingField(element)) && !IsQuotedPost(element, tokens) && !IsWalledParagraph(element, tokens)
            ? Exclusion.ByName : Exclusion.None;
    }

    /// <summary>
    /// An aside that is the story's glossary ("explainer-glossary", "key-terms"): the terms it defines are part of the
    /// explainer, as a definition list in the body is, while other asides (pull-outs, link boxes) stay out.
    /// </summary>
    private static bool IsGlossaryAside(IElement element) =>
        element.LocalName == "aside" && ClassTokens.Of(element) is var tokens
        && (tokens.SubWords.Any(GlossaryWords.Contains) || tokens.Tokens.Any(t => t is "key-terms" or "keyterms" or "key_terms"));

    /// <summary>A photo caption: figcaption, or a class or id with the sub-word "caption".</summary>
    public static bool IsCaption(IElement element) =>
        element.LocalName == "figcaption" || NamesCaption(ClassTokens.Of(element)) || PlacedCaption.Is(element);

    /// <summary>
    /// A class naming a caption ("caption", "photo-caption"), but not one saying there is none ("no_caption",
    /// "without-caption"): a list item marked "no_caption" holds the story's sentence, not a caption.
    /// </summary>
    private static bool NamesCaption(ClassTokens tokens) =>
        tokens.HasSubWord("caption") && tokens.Tokens.Any(t => t.Contains("caption", StringComparison.Ordinal)
            && !t.StartsWith("no", StringComparison.Ordinal) && !t.Contains("without", StringComparison.Ordinal) && !t.Contains("nocaption", StringComparison.Ordinal));

    /// <summary>
    /// A caption named by a test or script hook rather than a class, as site builders with generated class names do
    /// (Wix's <c>data-hook="imageCaption"</c>).
    /// </summary>
    private static bool HookNamesCaption(IElement element) =>
        (element.GetAttribute("data-hook") ?? element.GetAttribute("data-testid")) is { Length: <= 100 } hook
        && hook.Contains("caption", StringComparison.OrdinalIgnoreCase);

    /// <summary>A credit paragraph by class ("credit", "contributor"), as opposed to a photo credit.</summary>
    public static bool IsCreditByClass(IElement element)
    {
        var tokens = ClassTokens.Of(element);
        return (tokens.HasSubWord("credit") || tokens.HasSubWord("contributor") || tokens.HasSubWord("contributors"))
            && !tokens.SubWords.Any(PhotoWords.Contains);
    }

    /// <summary>
    /// A drop cap hidden from screen readers: one or two letters whose word goes on in the text right after it
    /// ("&lt;span aria-hidden&gt;T&lt;/span&gt;he bell"). Hidden or not, it is the first letter of the story's first
    /// word, which without it would be read as "he".
    /// </summary>
    private static bool IsGluedInitial(IElement element)
    {
        var letters = element.TextContent.Trim();
        if (letters.Length is 0 or > MaxInitialLetters || !letters.All(char.IsLetter) || element.Children.Length > 1) return false;
        return element.NextSibling is IText { Data: { Length: > 0 } rest } && char.IsLetter(rest[0]);
    }

    private const int MaxInitialLetters = 2;

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return !IsGluedInitial(element);
        var style = element.GetAttribute("style");
        return style is not null && style.Length < 2000 && HiddenStyle().IsMatch(style);
    }

    // html, body, main and article are the story's own frame; a "has-sidebar" class on them says nothing.
    // A blockquote is quoted text whatever its class: an embedded post ("twitter-tweet") quoted in the story
    // is part of it (and so is a wrapper named only for the embed, see IsQuotedPost).
    private static bool IsStructural(IElement element) => element.LocalName is "html" or "body" or "main" or "article" or "blockquote";

    /// <summary>An embed wrapper named only for the embed ("social-media-embed") around a quoted post.</summary>
    private static bool IsQuotedPost(IElement element, ClassTokens tokens) =>
        tokens.SubWords.Where(BoilerplateWords.Contains).All(EmbedWords.Contains) && !tokens.Tokens.Any(BoilerplateTokens.Contains)
        && element.QuerySelector("blockquote") is not null;

    /// <summary>
    /// A story paragraph marked as behind the paywall ("&lt;p class=paywall&gt;" on every paragraph, as magazine sites
    /// mark them): a paragraph named only for the wall is the story's text; the stub that asks to subscribe is judged by
    /// what it says (<see cref="GateText"/>).
    /// </summary>
    private static bool IsWalledParagraph(IElement element, ClassTokens tokens) =>
        element.LocalName == "p" && tokens.SubWords.Where(BoilerplateWords.Contains).All(w => w is "paywall" or "subscription" or "subscriber");

    // Sub-words that, on a card, name what is for sale: a listing or product card set in a story (price, beds,
    // "Listed by", a buy button) is an advert for the sale. Alone they are not furniture: an events page marks its
    // "listing" line (where and when) and headings get ids from their words ("a-listing-that-never-came").
    private static readonly HashSet<string> SaleWords = ["listing", "property", "product", "mls"];

    private static bool IsFurnitureByName(ClassTokens tokens)
    {
        if (tokens.Tokens.Count == 0) return false;
        if (tokens.SubWords.Any(BoilerplateWords.Contains) || tokens.Tokens.Any(BoilerplateTokens.Contains)) return true;
        if (tokens.HasSubWord("card") && tokens.SubWords.Any(SaleWords.Contains)) return true;
        // "credit" alone marks the story's credit line; next to a photo word it is a photo credit, as it is when the
        // two are written as one word ("photocredit", "imagecredit").
        return (tokens.HasSubWord("credit") && tokens.SubWords.Any(PhotoWords.Contains))
            || tokens.Tokens.Any(t => t.Contains("credit", StringComparison.Ordinal) && PhotoWords.Any(w => t.Contains(w, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"display\s{0,5}:\s{0,5}none|visibility\s{0,5}:\s{0,5}hidden",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HiddenStyle();
}
