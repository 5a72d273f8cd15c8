namespace Aloud.Ingest;

/// <summary>
/// The one entry point from loaded bytes to an <see cref="Article"/>: checks the size, sniffs the content
/// (<see cref="ContentSniffer"/>), decodes it (<see cref="TextDecoding"/>) and hands it to the HTML, SSML or
/// plain-text reader. Input that cannot become an article fails with a one-line <see cref="AloudInputException"/>.
/// </summary>
public static class ArticleReader
{
    /// <summary>Reads a loaded input.</summary>
    public static Article Read(InputSource input, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Read(input.Bytes, input.ContentType, input.Source, options ?? ExtractionOptions.Default);
    }

    /// <summary>
    /// Reads <paramref name="bytes"/> whose declared media type is <paramref name="contentType"/> (may be null)
    /// and which came from <paramref name="source"/> (null for standard input).
    /// </summary>
    /// <exception cref="AloudInputException">Empty, too large, binary, or no article text in it.</exception>
    public static Article Read(byte[] bytes, string? contentType, Uri? source, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var name = InputSource.Describe(source);
        if (bytes.Length > options.MaxInputBytes)
            throw new AloudInputException($"too large: {name} is {ByteSize.Describe(bytes.Length)}; the limit is {ByteSize.Describe(options.MaxInputBytes)}");

        var sniffed = ContentSniffer.Sniff(bytes, contentType);
        if (sniffed.Kind == ContentKind.Binary)
            throw new AloudInputException($"binary input (looks like {sniffed.Description}): give an HTML page or plain text");

        var text = TextDecoding.Decode(bytes, contentType);
        if (string.IsNullOrWhiteSpace(text))
            throw new AloudInputException($"empty input: {name} has no text");

        var article = sniffed.Kind switch
        {
            ContentKind.Html => HtmlArticleExtractor.Extract(text, source, options),
            ContentKind.Ssml => Ssml.SsmlReader.Read(text, source).Article,
            _ => PlainTextArticleReader.Read(text, source, options),
        };

        if (article.Blocks.Count == 0)
        {
            var what = sniffed.Kind switch
            {
                ContentKind.Html => "the page has no paragraphs outside navigation, ads and promos",
                ContentKind.Ssml => "the SSML has no text to speak",
                _ => "the text has no paragraphs left after removing promos",
            };
            throw new AloudInputException($"no article text found in {name}: {what}");
        }
        return article;
    }
}
