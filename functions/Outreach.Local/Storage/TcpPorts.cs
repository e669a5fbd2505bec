using System.Net;
using System.Net.Sockets;

namespace Outreach.Local.Storage;

/// <summary>Loopback port helpers: find free ones, see whether something listens.</summary>
public static class TcpPorts
{
    /// <summary>
    /// Ports free right now. Held open together so they are distinct; another process may still take
    /// one before the caller binds it, so callers retry on "address in use".
    /// </summary>
    public static int[] FindFree(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    public static int FindFree() => FindFree(1)[0];

    /// <summary>
    /// Whether something accepts connections on the loopback port. A free loopback port refuses at once; one
    /// that does not answer in time is held by a listener too busy to accept (a loaded machine), so it is
    /// tried again with more patience and, still silent, counted as held.
    /// </summary>
    public static async Task<bool> IsListeningAsync(int port, CancellationToken cancellationToken = default)
    {
        foreach (var patience in new[] { 500, 2000, 5000 })
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMilliseconds(patience));
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Not refused, not accepted yet: ask again.
            }
        }

        return true;
    }
}
