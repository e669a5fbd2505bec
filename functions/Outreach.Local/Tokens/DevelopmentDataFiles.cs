namespace Outreach.Local.Tokens;

/// <summary>
/// Files of the local run's data folder that hold keys. Written whole through a temporary file (a
/// reader never sees half a key) and readable by the current user only.
/// </summary>
internal static class DevelopmentDataFiles
{
    /// <summary>The file's content, created first if missing. When two processes race, the first file written wins and both use it.</summary>
    public static byte[] ReadOrCreate(string path, Func<byte[]> create)
    {
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var content = create();
        try
        {
            Write(path, content, overwrite: false);
            return content;
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }
    }

    public static void Write(string path, byte[] content, bool overwrite)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temporary, path, overwrite);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
