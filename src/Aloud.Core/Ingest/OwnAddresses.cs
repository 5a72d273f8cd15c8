using System.Net;
using System.Net.NetworkInformation;

namespace Aloud.Ingest;

/// <summary>
/// The addresses of this machine's own interfaces. A URL naming one reaches the services listening here as
/// surely as 127.0.0.1 does, even when the address itself is public. Read again after a short while, since
/// interfaces come and go (DHCP, VPNs, containers).
/// </summary>
internal static class OwnAddresses
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(30);
    private static readonly Lock Gate = new();
    private static HashSet<IPAddress> _current = [];
    private static long _readAt = long.MinValue;

    public static IReadOnlySet<IPAddress> Current
    {
        get
        {
            lock (Gate)
            {
                var now = Environment.TickCount64;
                if (_readAt == long.MinValue || now - _readAt > Refresh.TotalMilliseconds)
                {
                    _current = Read();
                    _readAt = now;
                }
                return _current;
            }
        }
    }

    private static HashSet<IPAddress> Read()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
                .Select(unicast => Plain(unicast.Address))
                .ToHashSet();
        }
        catch (NetworkInformationException)
        {
            // Without the list, the address classes alone still refuse loopback and private ranges.
            return [];
        }
    }

    /// <summary>The address without its IPv6 scope, as a URL would name it.</summary>
    public static IPAddress Plain(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : new IPAddress(address.GetAddressBytes());
}
