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
    public void Public_addresses_are_allowed(string address)
    {
        Assert.Null(AddressPolicy.WhyRefused(IPAddress.Parse(address)));
    }
}
