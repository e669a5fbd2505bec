namespace Outreach.Import;

public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file accepted; a LinkedIn export of 30,000 people is about 5 MB.</summary>
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
