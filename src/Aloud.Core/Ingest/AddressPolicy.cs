using System.Net;
using System.Net.Sockets;

namespace Aloud.Ingest;

/// <summary>
/// Classifies IP addresses that a fetch of user-supplied URLs must never reach: anything that is not a
/// public unicast address could be this machine, its network or a cloud metadata service.
/// </summary>
public static class AddressPolicy
{
    /// <summary>
    /// Why <paramref name="address"/> is not a public address ("a private address", "a loopback address"...),
    /// or null when it may be fetched.
    /// </summary>
    public static string? WhyRefused(IPAddress address) => WhyRefused(address, OwnAddresses.Current);

    /// <summary>As <see cref="WhyRefused(IPAddress)"/>, with this machine's addresses given (for tests).</summary>
    internal static string? WhyRefused(IPAddress address, IReadOnlySet<IPAddress> ownAddresses)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (ByClass(address) is string why) return why;
        return ownAddresses.Contains(OwnAddresses.Plain(address)) ? "this machine's own address" : null;
    }

    private static string? ByClass(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return WhyRefusedV4(address.GetAddressBytes());
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
            return "not an IP address";

        // IPv4 hidden inside IPv6 reaches the same IPv4 host, so judge the embedded address.
        if (address.IsIPv4MappedToIPv6)
            return WhyRefusedV4(address.MapToIPv4().GetAddressBytes());
        var b = address.GetAddressBytes();
        if (IsZero(b, 0, 12) && !IsZero(b, 12, 4) && !IPAddress.IPv6Loopback.Equals(address))
            return WhyRefusedV4(b[12..]); // deprecated IPv4-compatible ::a.b.c.d
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && IsZero(b, 4, 8))
            return WhyRefusedV4(b[12..]); // NAT64 64:ff9b::/96 translates to the embedded IPv4 address
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01)
            return "a private address"; // local-use NAT64 64:ff9b:1::/48 (RFC 8215) translates into this network
        if (b[0] == 0x20 && b[1] == 0x02)
            return WhyRefusedV4(b[2..6]); // 6to4 2002::/16 carries the IPv4 address of its gateway
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
            return WhyRefusedTeredo(b);

        if (IPAddress.IPv6Loopback.Equals(address)) return "a loopback address";
        if (IPAddress.IPv6None.Equals(address)) return "an unspecified address";
        if (b[0] == 0xff) return "a multicast address";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "a link-local address";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return "a private address"; // deprecated site-local fec0::/10
        if ((b[0] & 0xfe) == 0xfc) return "a private address"; // unique local fc00::/7
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "a documentation address"; // 2001:db8::/32
        return null;
    }

    private static string? WhyRefusedV4(byte[] b) => b switch
    {
        [0, 0, 0, 0] => "an unspecified address",
        [0, ..] => "an unspecified address", // 0.0.0.0/8 "this network"
        [255, 255, 255, 255] => "a broadcast address",
        [127, ..] => "a loopback address",
        [10, ..] => "a private address",
        [172, >= 16 and <= 31, ..] => "a private address",
        [192, 168, ..] => "a private address",
        [100, >= 64 and <= 127, ..] => "a private address", // carrier-grade NAT 100.64.0.0/10
        [169, 254, ..] => "a link-local address", // includes the 169.254.169.254 metadata service
        [>= 224 and <= 239, ..] => "a multicast address",
        [>= 240, ..] => "a reserved address",
        [192, 0, 0, _] => "a reserved address", // IETF protocol assignments
        [198, 18 or 19, ..] => "a reserved address", // benchmarking
        [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] => "a documentation address", // TEST-NET-1, -2, -3
        _ => null,
    };

    /// <summary>
    /// Teredo 2001:0::/32 names a server (bytes 4-7) and a client whose IPv4 address is stored inverted
    /// (bytes 12-15); either one being non-public makes the address non-public.
    /// </summary>
    private static string? WhyRefusedTeredo(byte[] b)
    {
        byte[] client = [(byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]];
        return WhyRefusedV4(client) ?? WhyRefusedV4(b[4..8]);
    }

    private static bool IsZero(byte[] bytes, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (bytes[i] != 0) return false;
        }
        return true;
    }
}
