namespace Outreach.Local.Hosting;

/// <summary>Finds the repository (the folder with Outreach.sln), where the local run keeps its data.</summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "Outreach.sln";

    /// <summary>The data folder of local runs: <c>.outreach</c> at the repository root (git-ignored).</summary>
    public const string DataFolderName = ".outreach";

    public static string Find()
        => TryFind(AppContext.BaseDirectory) ?? TryFind(Directory.GetCurrentDirectory())
            ?? throw new DirectoryNotFoundException($"No {SolutionFile} above '{AppContext.BaseDirectory}' or the current directory.");

    public static string? TryFind(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    public static string DataDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, DataFolderName);
}
