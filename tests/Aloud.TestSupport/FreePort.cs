using System.Net;
using System.Net.Sockets;

namespace Aloud.Tests;

/// <summary>Loopback ports for the servers tests start.</summary>
public static class FreePort
{
    /// <summary>A port nothing listens on now (the OS picks it).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on the port, or fails after <paramref name="timeout"/>.</summary>
    public static void WaitUntilListening(int port, TimeSpan timeout, Func<string> whyNot)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException($"nothing listened on port {port} after {timeout.TotalSeconds:0} s: {whyNot()}");
    }
}
