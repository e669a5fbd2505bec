using Outreach.Local.Storage;

namespace Outreach.Local.Hosting;

/// <summary>The host's two loopback ports: the functions over HTTP, the development issuer over HTTPS.</summary>
internal readonly record struct LocalHostPorts(int Http, int Https)
{
    /// <summary>The configured ports, with free ones for those set to 0.</summary>
    public static LocalHostPorts Choose(LocalHostOptions options)
    {
        var free = AnyChosenFreely(options) ? TcpPorts.FindFree(2) : [0, 0];
        var https = HttpsPort(options);
        return new(options.Port == 0 ? free[0] : options.Port, https == 0 ? free[1] : https);
    }

    public static bool AnyChosenFreely(LocalHostOptions options) => options.Port == 0 || HttpsPort(options) == 0;

    private static int HttpsPort(LocalHostOptions options)
        => options.HttpsPort ?? (options.Port == 0 ? 0 : LocalHostOptions.DefaultHttpsPort);
}
