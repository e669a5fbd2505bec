using System.Net.Sockets;
using System.Text;

namespace Outreach.IntegrationTests.Fixtures;

/// <summary>
/// A TCP relay in front of one storage endpoint that a test can take down and bring back on the same
/// port. Down means what a storage crash means to a client: open connections are cut and new ones are
/// refused. It can also go down exactly when the client sends its N-th request with a given request
/// line, so an outage lands at a chosen point of a long operation however fast the machine is.
/// </summary>
public sealed class StorageProxy : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly IPEndPoint _target;
    private readonly HashSet<(TcpClient Client, TcpClient Server)> _connections = [];
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;
    private byte[]? _armedRequestLine;
    private int _requestsUntilDown;
    private TaskCompletionSource _wentDown = NewSignal();

    private StorageProxy(IPEndPoint target, int port)
    {
        _target = target;
        Port = port;
    }

    public int Port { get; private set; }

    public bool IsUp
    {
        get
        {
            lock (_gate)
            {
                return _listener is not null;
            }
        }
    }

    /// <summary>Relays a free local port to <paramref name="targetPort"/> on the loopback address.</summary>
    public static StorageProxy Start(int targetPort)
    {
        var proxy = new StorageProxy(new IPEndPoint(IPAddress.Loopback, targetPort), port: 0);
        proxy.Up();
        return proxy;
    }

    /// <summary>Listens again on the same port and relays new connections.</summary>
    public void Up()
    {
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }

            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _wentDown = NewSignal();
            _accepting = AcceptAsync(listener);
        }
    }

    /// <summary>Stops listening (new connections are refused) and cuts every open connection.</summary>
    public async Task DownAsync()
    {
        Task accepting;
        lock (_gate)
        {
            accepting = GoDown();
        }

        await accepting;
    }

    /// <summary>
    /// Goes down when the client starts its <paramref name="count"/>-th request whose request line begins
    /// with <paramref name="requestLine"/> (counted from now); that request is not relayed, so the server
    /// never runs it. The returned task completes when the proxy has gone down.
    /// </summary>
    public Task GoDownAtRequestAsync(string requestLine, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        lock (_gate)
        {
            _armedRequestLine = Encoding.ASCII.GetBytes(requestLine);
            _requestsUntilDown = count;
            return _wentDown.Task;
        }
    }

    public async ValueTask DisposeAsync() => await DownAsync();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Caller holds the gate.</summary>
    private Task GoDown()
    {
        // Stop listening before cutting connections, so a client retrying the cut request is refused.
        _listener?.Stop();
        _listener = null;
        _armedRequestLine = null;
        foreach (var connection in _connections)
        {
            Close(connection);
        }

        _connections.Clear();
        _wentDown.TrySetResult();
        return _accepting;
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = RelayAsync(client, listener);
        }
    }

    private async Task RelayAsync(TcpClient client, TcpListener acceptedBy)
    {
        var server = new TcpClient();
        var connection = (client, server);
        lock (_gate)
        {
            if (_listener != acceptedBy)
            {
                Close(connection);
                return;
            }

            _connections.Add(connection);
        }

        try
        {
            await server.ConnectAsync(_target);
            await Task.WhenAny(
                PumpRequestsAsync(client.GetStream(), server.GetStream()),
                server.GetStream().CopyToAsync(client.GetStream()));
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
        {
            // One side went away (or the proxy went down); the other side is closed below.
        }
        finally
        {
            lock (_gate)
            {
                _connections.Remove(connection);
            }

            Close(connection);
        }
    }

    private static void Close((TcpClient Client, TcpClient Server) connection)
    {
        connection.Client.Dispose();
        connection.Server.Dispose();
    }

    /// <summary>Client to server, watching for the armed request line (also when a read splits it).</summary>
    private async Task PumpRequestsAsync(NetworkStream from, NetworkStream to)
    {
        var buffer = new byte[81920];
        var tail = Array.Empty<byte>();
        while (true)
        {
            var read = await from.ReadAsync(buffer);
            if (read == 0)
            {
                return;
            }

            lock (_gate)
            {
                if (_armedRequestLine is { } line)
                {
                    // HttpClient sends a request only after the previous response, so the armed line starts
                    // a request whose bytes are not relayed (a split line's first part was, which leaves the
                    // server an unfinished request that it never runs).
                    byte[] window = [.. tail, .. buffer.AsSpan(0, read)];
                    if (CountAndCheck(window, line))
                    {
                        GoDown();
                        return;
                    }

                    tail = window[Math.Max(0, window.Length - (line.Length - 1))..];
                }
            }

            await to.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    /// <summary>Counts the armed lines in <paramref name="window"/>; true when the armed one is among them. Caller holds the gate.</summary>
    private bool CountAndCheck(byte[] window, byte[] line)
    {
        // The tail is shorter than the line, so a line counted before cannot be counted again.
        var offset = 0;
        int at;
        while ((at = window.AsSpan(offset).IndexOf(line)) >= 0)
        {
            if (--_requestsUntilDown == 0)
            {
                return true;
            }

            offset += at + line.Length;
        }

        return false;
    }
}
