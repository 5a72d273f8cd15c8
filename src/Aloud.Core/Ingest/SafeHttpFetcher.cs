using System.Net;
using System.Net.Sockets;

namespace Aloud.Ingest;

/// <summary>
/// Fetches a user-supplied http(s) URL without letting it reach this machine or its private network
/// (SSRF): every hop's host is resolved and checked by <see cref="AddressPolicy"/>, the connection is
/// pinned to the checked address so a second DNS answer cannot swap it, redirects are followed by hand
/// and re-checked, and size and time are bounded.
/// </summary>
public sealed class SafeHttpFetcher(SafeFetchOptions? options = null)
{
    private readonly SafeFetchOptions _options = options ?? SafeFetchOptions.Default;

    /// <summary>
    /// Checks, without fetching, that <paramref name="url"/> is one this fetcher would request: http(s), and a host
    /// that resolves only to allowed addresses. Lets a service refuse a hostile URL when it is submitted, not later.
    /// </summary>
    public async Task CheckAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        await HostGuard.CheckAsync(url, _options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Fetches <paramref name="url"/>; every refusal or failure is an <see cref="AloudInputException"/>.</summary>
    public async Task<InputSource> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        var result = await FetchConditionalAsync(url, null, cancellationToken).ConfigureAwait(false);
        return result.Input
            ?? throw new AloudInputException($"could not fetch {result.Url}: HTTP {result.HttpStatus}");
    }

    /// <summary>
    /// Fetches <paramref name="url"/>, sending the validators of an earlier copy when given: a 304 comes back
    /// as <see cref="FetchStatus.NotModified"/> and a 429/503 as <see cref="FetchStatus.RetryLater"/> rather
    /// than as errors, so a poller can back off. Everything else that fails is an <see cref="AloudInputException"/>.
    /// </summary>
    public async Task<FetchResult> FetchConditionalAsync(
        Uri url, ConditionalRequest? conditional = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(_options.Timeout);
        try
        {
            return await FetchFollowingRedirectsAsync(url, conditional, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AloudInputException($"timed out after {_options.Timeout.TotalSeconds:0.###} s fetching {url}");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            // Connection refused or reset, TLS failure, a broken compressed body: the network's fault, not a bug.
            throw new AloudInputException($"could not fetch {url}: {OneLine(e.Message)}", e);
        }
    }

    private async Task<FetchResult> FetchFollowingRedirectsAsync(Uri url, ConditionalRequest? conditional, CancellationToken token)
    {
        var current = url;
        for (var redirects = 0; ; redirects++)
        {
            var address = await HostGuard.CheckAsync(current, _options, token).ConfigureAwait(false);
            using var handler = PinnedHandler(address);
            using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            request.Headers.UserAgent.ParseAdd(_options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", _options.Accept);
            FetchResponses.AddValidators(request, conditional);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token)
                .ConfigureAwait(false);

            if (IsRedirect(response.StatusCode))
            {
                if (redirects >= _options.MaxRedirects)
                    throw new AloudInputException($"refused: {url} redirects more than {_options.MaxRedirects} times");
                var location = response.Headers.Location
                    ?? throw new AloudInputException($"could not fetch {current}: redirect without a Location header");
                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }
            if (FetchResponses.WithoutBody(response, current) is FetchResult early)
                return early;
            if (!response.IsSuccessStatusCode)
                throw new AloudInputException($"could not fetch {current}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");

            FetchResponses.CheckMediaType(response, current, _options.AcceptedMediaTypes);
            var bytes = await ReadLimitedAsync(response.Content, current, token).ConfigureAwait(false);
            var input = new InputSource(bytes, response.Content.Headers.ContentType?.ToString(), current);
            return FetchResponses.Fetched(response, current, input);
        }
    }

    private static bool IsRedirect(HttpStatusCode code) =>
        code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>
    /// A handler that connects to the checked address whatever the URL's host resolves to now; TLS still
    /// validates the certificate against the URL's host name. No proxy: a proxy would do its own DNS.
    /// </summary>
    private SocketsHttpHandler PinnedHandler(IPAddress address) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = _options.Timeout,
        ConnectCallback = async (context, token) =>
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Reads at most MaxBytes, after decompression, so a small compressed bomb is caught too.</summary>
    private async Task<byte[]> ReadLimitedAsync(HttpContent content, Uri url, CancellationToken token)
    {
        var max = _options.MaxBytes;
        if (content.Headers.ContentLength is long declared && declared > max)
            throw TooLarge(url, declared);
        await using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, token).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
                throw TooLarge(url, null);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private AloudInputException TooLarge(Uri url, long? size) => new(size is long s
        ? $"too large: {url} is {ByteSize.Describe(s)}; the limit is {ByteSize.Describe(_options.MaxBytes)}"
        : $"too large: {url} is over the limit of {ByteSize.Describe(_options.MaxBytes)}");

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
