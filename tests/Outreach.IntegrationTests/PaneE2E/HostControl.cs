using Outreach.Local.Storage;

namespace Outreach.IntegrationTests.PaneE2E;

/// <summary>
/// A loopback HTTP endpoint the browser suite calls to take the local run down and bring it back
/// (<c>POST /host/stop</c>, <c>POST /host/start</c>; 204 once done), so "API down → recovery" is tested
/// against a host that is really gone, while the page the browser already loaded stays.
/// </summary>
public sealed class HostControl : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly LocalRunProcess _host;
    private readonly Action<string> _log;
    private readonly Task _loop;

    public HostControl(LocalRunProcess host, Action<string> log)
    {
        _host = host;
        _log = log;
        var port = TcpPorts.FindFree();
        Url = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            switch (context.Request.HttpMethod, context.Request.Url?.AbsolutePath)
            {
                case ("POST", "/host/stop"):
                    _log("control: stopping the local run");
                    await _host.StopAsync();
                    response.StatusCode = (int)HttpStatusCode.NoContent;
                    break;
                case ("POST", "/host/start"):
                    _log("control: starting the local run again");
                    using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3)))
                    {
                        await _host.StartAsync(timeout.Token);
                    }

                    response.StatusCode = (int)HttpStatusCode.NoContent;
                    break;
                default:
                    response.StatusCode = (int)HttpStatusCode.NotFound;
                    break;
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            _log($"control: {exception.Message}");
            response.StatusCode = (int)HttpStatusCode.InternalServerError;
        }
        finally
        {
            response.Close();
        }
    }
}
