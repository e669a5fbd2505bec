using System.Net.Sockets;
using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.LocalHost;

public sealed class TcpPortsTests
{
    [Fact]
    public async Task APortNobodyListensOnIsFree()
    {
        var port = TcpPorts.FindFree();

        Assert.False(await TcpPorts.IsListeningAsync(port));
    }

    [Fact]
    public async Task AListenerTooBusyToAcceptStillHoldsItsPort()
    {
        // A listener that never accepts, with the smallest backlog: once it is full, the kernel drops further
        // connection attempts, as it does for an emulator swamped on a loaded machine.
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        socket.Listen(1);
        var port = ((IPEndPoint)socket.LocalEndPoint!).Port;
        var waiting = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var client = new TcpClient();
                waiting.Add(client);
                _ = client.ConnectAsync(IPAddress.Loopback, port);
            }

            Assert.True(await TcpPorts.IsListeningAsync(port));
        }
        finally
        {
            waiting.ForEach(c => c.Dispose());
        }
    }
}
