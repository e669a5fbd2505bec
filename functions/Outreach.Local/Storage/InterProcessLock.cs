using System.Security.Cryptography;
using System.Text;

namespace Outreach.Local.Storage;

/// <summary>
/// A machine-wide lock held as an exclusively opened file in the temp folder, so parallel test
/// processes take turns (e.g. installing packages) and a crashed holder releases it with its handle.
/// </summary>
internal sealed class InterProcessLock : IDisposable
{
    private readonly FileStream _handle;

    private InterProcessLock(FileStream handle) => _handle = handle;

    public static async Task<InterProcessLock> AcquireAsync(string name, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"outreach-{hash}.lock");
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new InterProcessLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    public void Dispose() => _handle.Dispose();
}
