using System.Net;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class AddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.8.9.10", "a loopback address")]
    [InlineData("::1", "a loopback address")]
    [InlineData("10.0.0.5", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.254", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("100.64.0.1", "a private address")]
    [InlineData("100.127.255.254", "a private address")]
    [InlineData("fc00::1", "a private address")]
    [InlineData("fd12:3456::1", "a private address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("169.254.0.1", "a link-local address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("224.0.0.251", "a multicast address")]
    [InlineData("239.255.255.250", "a multicast address")]
    [InlineData("ff02::1", "a multicast address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("255.255.255.255", "a broadcast address")]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.1.2.3", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("64:ff9b::a00:5", "a private address")]
    [InlineData("64:ff9b::7f00:1", "a loopback address")]
    [InlineData("64:ff9b:1::808:808", "a private address")]
    // Documentation ranges (RFC 5737, RFC 3849): never a real host, so never fetched.
    [InlineData("192.0.2.10", "a documentation address")]
    [InlineData("198.51.100.7", "a documentation address")]
    [InlineData("203.0.113.200", "a documentation address")]
    [InlineData("2001:db8::1", "a documentation address")]
    [InlineData("::ffff:203.0.113.5", "a documentation address")]
    // 6to4 embeds its gateway's IPv4 address in bytes 2-5.
    [InlineData("2002:7f00:1::1", "a loopback address")]
    [InlineData("2002:a00:1::", "a private address")]
    [InlineData("2002:a9fe:a9fe::1", "a link-local address")]
    // Teredo stores the client's IPv4 address inverted in the last four bytes: ~127.0.0.1 = 80ff:fffe.
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", "a loopback address")]
    [InlineData("2001:0:4136:e378:8000:63bf:f5ff:fffe", "a private address")]
    [InlineData("2001:0:a00:1:8000:63bf:f7f7:f7f7", "a private address")]
    public void Non_public_addresses_are_refused_with_their_class(string address, string expected)
    {
        Assert.Equal(expected, AddressPolicy.WhyRefused(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("192.0.3.1")]
    [InlineData("203.0.114.1")]
    [InlineData("2002:808:808::1")]
    [InlineData("2001:0:4136:e378:8000:63bf:f7f7:f7f7")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(AddressPolicy.WhyRefused(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:93.184.216.34")]
    public void This_machines_own_public_addresses_are_refused(string address)
    {
        var own = new HashSet<IPAddress> { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("2606:4700::1111") };
        Assert.Equal("this machine's own address", AddressPolicy.WhyRefused(IPAddress.Parse(address), own));
        Assert.Null(AddressPolicy.WhyRefused(IPAddress.Parse("8.8.8.8"), own));
    }

    [Fact]
    public void Every_address_of_this_machine_is_refused()
    {
        var own = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses).Select(unicast => unicast.Address);
        Assert.All(own, address => Assert.NotNull(AddressPolicy.WhyRefused(address)));
    }
}
