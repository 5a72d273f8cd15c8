namespace Aloud.Ingest;

/// <summary>
/// Loads the INPUT argument of <c>aloud narrate INPUT</c>: a file path, "-" for standard input, or an
/// http(s) URL (fetched through <see cref="SafeHttpFetcher"/>). Every problem is a one-line
/// <see cref="AloudInputException"/>.
/// </summary>
/// <param name="fetchOptions">URL fetching rules; its <see cref="SafeFetchOptions.MaxBytes"/> also caps files and stdin.</param>
/// <param name="standardInput">Opens standard input; replaceable for tests.</param>
public sealed class InputLoader(SafeFetchOptions? fetchOptions = null, Func<Stream>? standardInput = null)
{
    private readonly SafeFetchOptions _fetch = fetchOptions ?? SafeFetchOptions.Default;
    private readonly Func<Stream> _stdin = standardInput ?? Console.OpenStandardInput;

    /// <summary>Loads <paramref name="input"/>; the result never has empty bytes.</summary>
    public async Task<InputSource> LoadAsync(string input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input))
            throw new AloudInputException("no input given: pass a file path, a URL or - for standard input");

        var loaded = input == "-" ? await ReadStdinAsync(cancellationToken).ConfigureAwait(false)
            : IsWebUrl(input, out var url) ? await new SafeHttpFetcher(_fetch).FetchAsync(url, cancellationToken).ConfigureAwait(false)
            : await ReadFileAsync(input, cancellationToken).ConfigureAwait(false);

        if (IsBlank(loaded.Bytes))
            throw new AloudInputException($"empty input: {loaded.DisplayName} has no text");
        return loaded;
    }

    private static bool IsWebUrl(string input, out Uri url) =>
        Uri.TryCreate(input, UriKind.Absolute, out url!)
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && input.Contains("://", StringComparison.Ordinal);

    private async Task<InputSource> ReadFileAsync(string path, CancellationToken token)
    {
        if (Directory.Exists(path))
            throw new AloudInputException($"{path} is a directory: give an article file, a URL or -");
        if (!File.Exists(path))
        {
            // "ftp://x" or "file:///x" reach here: say what is wrong with them rather than "no such file".
            if (UrlScheme(path) is string scheme)
                throw new AloudInputException($"unsupported URL scheme \"{scheme}\" in {path}: only http and https URLs can be fetched");
            throw new AloudInputException($"no such file: {path}");
        }
        try
        {
            var info = new FileInfo(path);
            if (info.Length > _fetch.MaxBytes)
                throw new AloudInputException($"too large: {path} is {ByteSize.Describe(info.Length)}; the limit is {ByteSize.Describe(_fetch.MaxBytes)}");
            await using var stream = info.OpenRead();
            var bytes = await ReadLimitedAsync(stream, path, token).ConfigureAwait(false);
            return new InputSource(bytes, null, new Uri(info.FullName));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new AloudInputException($"cannot read {path}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new AloudInputException($"cannot read {path}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    private async Task<InputSource> ReadStdinAsync(CancellationToken token)
    {
        await using var stream = _stdin();
        var bytes = await ReadLimitedAsync(stream, "standard input", token).ConfigureAwait(false);
        return new InputSource(bytes, null, null);
    }

    /// <summary>Reads up to the limit and fails past it, so a pipe that never ends cannot fill memory.</summary>
    private async Task<byte[]> ReadLimitedAsync(Stream stream, string name, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _fetch.MaxBytes)
                throw new AloudInputException($"too large: {name} is over the limit of {ByteSize.Describe(_fetch.MaxBytes)}");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The scheme of a URL-looking string ("ftp", "file", "data"), or null for an ordinary path.</summary>
    private static string? UrlScheme(string input)
    {
        var colon = input.IndexOf(':', StringComparison.Ordinal);
        // One letter before the colon is a Windows drive ("C:\..."), not a scheme.
        if (colon < 2 || colon > 32 || !char.IsAsciiLetter(input[0])) return null;
        var scheme = input[..colon];
        if (!scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return null;
        var known = scheme.ToLowerInvariant() is "file" or "data" or "javascript" or "mailto" or "ftp" or "ftps" or "gopher" or "ws" or "wss";
        return known || input.AsSpan(colon).StartsWith("://") ? scheme.ToLowerInvariant() : null;
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            // ASCII whitespace and a UTF-8 byte-order mark carry no text.
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0xEF or 0xBB or 0xBF))
                return false;
        }
        return true;
    }
}
