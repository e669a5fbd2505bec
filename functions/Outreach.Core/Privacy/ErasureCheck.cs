namespace Outreach.Privacy;

/// <summary>
/// The erase check of the user request running in this async flow. <see cref="Http.ApiRunner"/> opens it
/// with whether the request reads or writes; every read of the user's summary row reports what it found
/// (<see cref="See"/>), so the read a request does anyway is its check: a tombstone stops the request
/// right there, before any code can act on the emptied summary. The services are singletons, so the
/// request's check travels with its async flow rather than through every signature. Nothing is cached,
/// so every instance sees an erase the moment its tombstone is written.
/// </summary>
public sealed class ErasureCheck : IDisposable
{
    private const int Unchecked = 0;
    private const int Clear = 1;
    private const int Erasing = 2;

    private static readonly AsyncLocal<ErasureCheck?> Current = new();

    private readonly UserId _user;
    private readonly ErasureCheck? _outer;
    private int _state;

    private ErasureCheck(UserId user, bool reading, ErasureCheck? outer)
        => (_user, Reading, _outer) = (user, reading, outer);

    /// <summary>A read sees nothing (404) during an erase; anything else is refused (409).</summary>
    public bool Reading { get; }

    /// <summary>Whether the request read the user's summary row (and went on only if no erase runs).</summary>
    public bool Done => Volatile.Read(ref _state) != Unchecked;

    /// <summary>Whether a read of the summary row found the erase's tombstone, even if another failure surfaced first.</summary>
    public bool SawErase => Volatile.Read(ref _state) == Erasing;

    /// <summary>Checks the requests of <paramref name="user"/> in this async flow until disposed.</summary>
    public static ErasureCheck Begin(UserId user, bool reading)
    {
        var check = new ErasureCheck(user, reading, Current.Value);
        Current.Value = check;
        return check;
    }

    /// <summary>
    /// Reports a read of <paramref name="user"/>'s summary row (<paramref name="erasing"/> is its tombstone
    /// column; false when there is no row). Outside a user request (workers, the erase itself) it does nothing.
    /// </summary>
    public static void See(UserId user, bool erasing)
    {
        if (Current.Value is not { } check || check._user != user)
        {
            return;
        }

        if (erasing)
        {
            Volatile.Write(ref check._state, Erasing);
            throw check.Refusal();
        }

        Interlocked.CompareExchange(ref check._state, Clear, Unchecked);
    }

    /// <summary>What this request gets while the user's erase runs.</summary>
    public ApiProblemException Refusal() => Reading ? EraseTombstone.NothingToRead() : EraseTombstone.InProgress();

    public void Dispose() => Current.Value = _outer;
}
