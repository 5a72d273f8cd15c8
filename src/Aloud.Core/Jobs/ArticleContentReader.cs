using System.Security.Cryptography;
using System.Text;
using Aloud.Ingest;
using Aloud.Script;
using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>
/// Turns stored content into the article it reads, and says what a version is: the hash of what will be heard
/// (the extracted text, not the page bytes, so a page whose ads or clock changed is not a new version).
/// </summary>
public static class ArticleContentReader
{
    /// <summary>Reads content of <paramref name="kind"/>; a problem with it is an <see cref="AloudInputException"/>.</summary>
    public static Article Read(SourceKind kind, byte[] bytes, string? contentType, Uri? url, NarrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(settings);
        var extraction = ExtractionOptions.Default with { IncludeCaptions = settings.ReadCaptions, IncludeCredits = settings.ReadCredits };
        return kind switch
        {
            // Text is text even when it looks like markup: the caller said so.
            SourceKind.Text => NonEmpty(PlainTextArticleReader.Read(Encoding.UTF8.GetString(bytes), url, extraction), "the text has no paragraphs to read"),
            SourceKind.Ssml => ArticleReader.Read(bytes, "application/ssml+xml", url, extraction),
            _ => ArticleReader.Read(bytes, contentType ?? "text/html", url, extraction),
        };
    }

    /// <summary>Reads stored content into its article.</summary>
    public static Article Read(ArticleContent content, Uri? url, NarrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Read(content.Kind, content.Bytes, content.ContentType, url, settings);
    }

    /// <summary>
    /// The version identity of an article read with <paramref name="settings"/>: equal when a listener would
    /// hear the same thing.
    /// </summary>
    public static string Hash(Article article, NarrationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(settings);
        var text = new StringBuilder()
            .Append(settings.Fingerprint()).Append('\u001e')
            .Append(article.Title).Append('\u001e').Append(article.Byline).Append('\u001e')
            .Append(article.Published?.ToUnixTimeSeconds()).Append('\u001e').Append(article.Language);
        foreach (var block in article.Blocks)
        {
            text.Append('\u001e').Append(block.Kind).Append('\u001f').Append(block.Text)
                .Append('\u001f').Append(block.Overrides.Count).Append('\u001f').Append(block.Rates.Count).Append('\u001f').Append(block.Pronunciations.Count);
            // A passage newly marked in another language is read by another voice: a new version. Only when there are
            // any, so blocks without them keep the hash they had.
            foreach (var language in block.Languages)
            {
                text.Append('\u001f').Append(language.Span.Start).Append(':').Append(language.Span.Length).Append(':').Append(language.Language);
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>What listings and feeds show of an article.</summary>
    public static ArticleFacts MetadataOf(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleFacts(article.Title, article.Byline, article.Published, article.Language);
    }

    /// <summary>The script options a stored article is narrated with.</summary>
    public static ScriptOptions ScriptOptionsFor(NarrationSettings settings, Script.Lexicon.PronunciationLexicon? lexicon)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ScriptOptions
        {
            ReadHeadline = settings.ReadIntro,
            ReadByline = settings.ReadIntro,
            ReadDate = settings.ReadIntro,
            ReadCaptions = true, // the extractor kept captions only when the settings asked for them
            ReadCredits = settings.ReadCredits,
            Lexicon = lexicon,
        };
    }

    private static Article NonEmpty(Article article, string why) =>
        article.Blocks.Count > 0 ? article : throw new AloudInputException($"no article text found: {why}");
}
