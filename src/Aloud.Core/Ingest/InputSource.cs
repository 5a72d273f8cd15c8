namespace Aloud.Ingest;

/// <summary>
/// The raw input of a narration run as it was loaded: bytes, the content type the server declared (if
/// any) and where it came from. Decoding and sniffing happen later, in <see cref="ArticleReader"/>.
/// </summary>
/// <param name="Bytes">The input exactly as read (never empty).</param>
/// <param name="ContentType">The declared media type with parameters (e.g. "text/html; charset=utf-8"), or null.</param>
/// <param name="Source">The final URL after redirects, a file:// URI for files, or null for standard input.</param>
public sealed record InputSource(byte[] Bytes, string? ContentType, Uri? Source)
{
    /// <summary>A short human name of the source for messages: the path, the URL or "standard input".</summary>
    public string DisplayName => Describe(Source);

    /// <summary>The name used in messages for a source URI (null means standard input).</summary>
    public static string Describe(Uri? source) => source switch
    {
        null => "standard input",
        { IsFile: true } => source.LocalPath,
        _ => source.ToString(),
    };
}
