using System.Net;
using System.Net.Sockets;

namespace Aloud.Ingest;

/// <summary>
/// One hop's check for <see cref="SafeHttpFetcher"/>: the scheme is http(s) and the host resolves only to
/// addresses <see cref="AddressPolicy"/> accepts (unless allow-listed). Returns the address to pin to.
/// </summary>
internal static class HostGuard
{
    public static async Task<IPAddress> CheckAsync(Uri url, SafeFetchOptions options, CancellationToken token)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new AloudInputException($"refused: {url} is not an http or https URL");

        string host;
        try
        {
            host = url.IdnHost;
        }
        catch (UriFormatException)
        {
            // A host no IDN rules allow (found by fuzzing: mixed scripts, U+FFFF): no DNS name could match it.
            throw new AloudInputException($"refused: the host of {url.OriginalString} is not a valid international domain name");
        }
        var allowed = options.IsHostAllowed(url.Host);
        if (IPAddress.TryParse(url.DnsSafeHost, out var literal))
        {
            if (!allowed && AddressPolicy.WhyRefused(literal) is string why)
                throw new AloudInputException($"refused: {url.Host} is {why}");
            return literal;
        }

        var addresses = await ResolveAsync(host, options, token).ConfigureAwait(false);
        if (addresses.Length == 0)
            throw new AloudInputException($"could not fetch {url}: {host} has no address");
        if (!allowed)
        {
            // Every answer is checked, not just the first: with several records the connection could land on any.
            foreach (var address in addresses)
            {
                if (AddressPolicy.WhyRefused(address) is string why)
                    throw new AloudInputException($"refused: {host} resolves to {why} {address}");
            }
        }
        return Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0];
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, SafeFetchOptions options, CancellationToken token)
    {
        try
        {
            return options.Resolver is { } resolve
                ? await resolve(host, token).ConfigureAwait(false)
                : await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false);
        }
        catch (SocketException e)
        {
            throw new AloudInputException($"could not fetch: cannot resolve {host} ({e.SocketErrorCode})", e);
        }
    }
}
