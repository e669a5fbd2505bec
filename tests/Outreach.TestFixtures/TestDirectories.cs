namespace Outreach.TestFixtures;

/// <summary>Scratch folders under the test output (cleaned with it), not scattered over the system temp folder.</summary>
public static class TestDirectories
{
    public static string Create(string purpose)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "test-data", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
