using System.Security.Cryptography;

namespace Outreach.Local.Storage;

/// <summary>
/// The pinned Azurite package in <c>functions/Outreach.Local/azurite</c>. Installed with <c>npm ci</c>
/// on first use, and again whenever its package-lock.json changes.
/// </summary>
internal sealed class AzuriteInstallation(string repositoryRoot)
{
    private const string Marker = ".outreach-installed";

    public string Folder { get; } = Path.Combine(repositoryRoot, "functions", "Outreach.Local", "azurite");

    public string EntryScript => Path.Combine(Folder, "node_modules", "azurite", "dist", "src", "azurite.js");

    private string MarkerPath => Path.Combine(Folder, "node_modules", Marker);

    public async Task EnsureInstalledAsync(TimeSpan timeout, Action<string>? log, CancellationToken cancellationToken)
    {
        if (IsInstalled())
        {
            return;
        }

        // Parallel test processes would otherwise run npm ci over each other in the same folder.
        using var gate = await InterProcessLock.AcquireAsync(Folder, timeout, cancellationToken);
        if (IsInstalled())
        {
            return;
        }

        log?.Invoke($"Installing Azurite (npm ci in {Folder}) ...");
        await ChildProcess.RunAsync(ChildProcess.Executable("npm"), ["ci", "--no-audit", "--no-fund"], Folder, timeout, cancellationToken);
        await File.WriteAllTextAsync(MarkerPath, LockHash(), cancellationToken);
    }

    // The marker is written only after npm ci succeeded, so a half-finished install never counts.
    private bool IsInstalled()
        => File.Exists(EntryScript) && File.Exists(MarkerPath) && File.ReadAllText(MarkerPath) == LockHash();

    private string LockHash()
        => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(Folder, "package-lock.json"))));
}
