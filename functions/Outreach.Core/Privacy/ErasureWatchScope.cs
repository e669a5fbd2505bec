namespace Outreach.Privacy;

/// <summary>One watched request: whose summary row it is and whether the request has read it yet.</summary>
public sealed class ErasureWatchScope : IDisposable
{
    private int _checked;

    internal ErasureWatchScope(string summaryPath, bool reading, ErasureWatchScope? outer)
        => (SummaryPath, Reading, Outer) = (summaryPath, reading, outer);

    internal string SummaryPath { get; }

    /// <summary>A read sees nothing (404) during an erase; anything else is refused (409).</summary>
    internal bool Reading { get; }

    internal ErasureWatchScope? Outer { get; }

    /// <summary>Whether the request read the summary's tombstone column and found no erase running.</summary>
    public bool SawSummary => Volatile.Read(ref _checked) == 1;

    internal void Checked() => Volatile.Write(ref _checked, 1);

    public void Dispose() => ErasureWatch.End(this);
}
