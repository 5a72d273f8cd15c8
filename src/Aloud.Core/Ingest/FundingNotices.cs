using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The note a funded story closes with, saying who paid for the reporting ("This article was produced as part of the
/// Local Journalism Initiative, funded by ...", "Cet article a été produit dans le cadre de ...", "Este reportaje fue
/// realizado con el apoyo de ...", "Dieser Beitrag entstand mit Unterstützung ..."): about the story's making, not the
/// story. It opens with "this article" and names a programme or a funder's support; a story sentence about a grant
/// names its subject, not itself.
/// </summary>
public static partial class FundingNotices
{
    private const int MaxWords = 50;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a funding note.</summary>
    public static bool IsFundingNotice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TextClean.WordCount(text) > MaxWords) return false;
        var straight = TextClean.StraightenQuotes(text).Trim();
        return English().IsMatch(straight) || OtherLanguages().IsMatch(straight);
    }

    [GeneratedRegex(@"^this (article|story|report|reporting|piece|coverage|series|project) (was|is|has been) (produced|made possible|funded|supported|written|reported|published|made)\b.{0,40}?\b(as part of|under|through|with (the )?(support|funding|help|financial support|a grant) (of|from)|by a grant)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex English();

    // French, Spanish, Portuguese, Italian and German, the same shape.
    [GeneratedRegex(@"^(cet? (article|reportage|texte|contenu|dossier) (a été|est) (produit|réalisé|rendu possible|financé|publié|rédigé)\b.{0,40}?\b(dans le cadre d|grâce à|avec (le |l')?(soutien|appui|aide|financement))|(este|esta) (artículo|reportaje|nota|historia|contenido|trabajo|reportagem|matéria|texto) (fue|ha sido|foi) (producid[oa]|realizad[oa]|financiad[oa]|produzid[oa]|publicad[oa])\b.{0,40}?\b(en el marco d|gracias a|con (el )?(apoyo|financiamiento)|com (o )?apoio|no âmbito d)|quest[oa] (articolo|servizio|inchiesta) (è stat[oa]|fa parte)\b.{0,40}?\b(nell'ambito d|grazie a|con il (sostegno|supporto|contributo))|(dieser|diese) (artikel|beitrag|bericht|text|recherche) (wurde|entstand|ist)\b.{0,40}?\b(im rahmen|mit (der )?(unterstützung|förderung)|gefördert))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex OtherLanguages();
}
