using System.Collections.Concurrent;
using Outreach.GraphSandbox.Mail;

namespace Outreach.GraphSandbox.Graph;

/// <summary>
/// Opaque tokens for next and delta links. Tokens are never consumed: following the same link again
/// (a retry after 429) gives the same page.
/// </summary>
internal sealed class DeltaTokens
{
    private readonly ConcurrentDictionary<string, DeltaCursor> _cursors = new(StringComparer.Ordinal);

    public string Issue(DeltaCursor cursor)
    {
        var token = MessageIds.NewToken();
        _cursors[token] = cursor;
        return token;
    }

    public DeltaCursor? Find(string token) => _cursors.GetValueOrDefault(token);
}
