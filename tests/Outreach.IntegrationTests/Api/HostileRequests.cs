using System.Text;
using Outreach.IntegrationTests.LocalHost;
using static Outreach.IntegrationTests.Api.HostileRequest;

namespace Outreach.IntegrationTests.Api;

/// <summary>The hostile inputs each route gets: bodies, path ids, query strings and headers.</summary>
public static class HostileRequests
{
    public const string NulId = "%00";

    private const string M = HostileRequest.Marker;

    private static readonly string Long200K = new('x', 200_000);

    private static readonly byte[] ThirtyMegabytes = HugeJson(30 * 1024 * 1024);

    /// <summary>Bodies that are not what any route reads, by name.</summary>
    public static IEnumerable<(string Name, Func<HttpContent?> Content)> Bodies(bool withHugeBody)
    {
        yield return ("not JSON", Json("{\"notes\":"));
        yield return ("a JSON array", Json("[]"));
        yield return ("a JSON number", Json("42"));
        yield return ("a JSON string", Json("\"x\""));
        yield return ("JSON null", Json("null"));
        yield return ("arrays 10,000 levels deep", Json(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("objects 10,000 levels deep", Json(string.Concat(Enumerable.Repeat("{\"notes\":", 10_000)) + "1" + new string('}', 10_000)));
        yield return ("numbers for strings", Json("""{"notes":42,"address":42,"deadline":42,"until":42,"timeZone":42,"order":42,"emails":42,"tags":42,"target":"many","seed":"x","startedOn":42,"weekdaysOnly":"yes","value":42}"""));
        yield return ("objects for strings", Json("""{"notes":{},"address":{},"deadline":{},"until":{},"timeZone":{},"order":{},"emails":{},"tags":{},"target":{},"startedOn":{},"value":{}}"""));
        yield return ("unknown fields only", Json($$"""{"unknown":"{{M}}","__proto__":{},"PartitionKey":"someone-else","RowKey":"x"}"""));
        yield return ("values out of range", Json($$"""{"notes":"{{M}}","deadline":"2024-02-30","timeZone":"Mars/Olympus","order":"sideways","target":-5,"seed":-1,"startedOn":"9999-12-31","until":"0001-01-01","address":"not an address","emails":["not an address",""],"tags":["",null]}"""));
        yield return ("control characters and a lone surrogate", Json($$"""{"notes":"a\u0000b\ud800 {{M}}","address":"a\u0000@example.com","emails":["\ud800@example.com"],"tags":["\u0007"],"timeZone":"\u0000"}"""));
        yield return ("invalid UTF-8", Bytes([.. Encoding.UTF8.GetBytes("{\"notes\":\""), 0xff, 0xfe, 0xc3, .. Encoding.UTF8.GetBytes(M + "\"}")], "application/json"));
        yield return ("200 KB strings", Json($$"""{"notes":"{{M}}{{Long200K}}","address":"{{Long200K}}@example.com","emails":["{{Long200K}}@example.com"],"tags":["{{Long200K}}"],"timeZone":"{{Long200K}}"}"""));
        yield return ("10,000 addresses and tags", Json($$"""{"emails":[{{string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"p{i}@example.com\""))}}],"tags":[{{string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"\"t{i}\""))}}]}"""));
        yield return ("an empty body as JSON", Bytes([], "application/json"));
        yield return ("an empty body without Content-Type", Bytes([], null));
        yield return ("JSON sent as text/plain", Bytes(Encoding.UTF8.GetBytes($$"""{"notes":"{{M}}"}"""), "text/plain"));
        yield return ("multipart without a boundary", Bytes(Encoding.UTF8.GetBytes($"--x\r\n{M}"), "multipart/form-data"));
        yield return ("multipart that never ends", Bytes(Encoding.UTF8.GetBytes($"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n{M}"), "multipart/form-data; boundary=x"));
        yield return ("a broken ZIP", Bytes([0x50, 0x4b, 0x03, 0x04, .. Encoding.UTF8.GetBytes(M), 0, 0, 0xff], "application/zip"));
        yield return ("binary as CSV", Bytes([0, 1, 2, 0xff, 0xfe, .. Encoding.UTF8.GetBytes(M), 0x0d, 0x0a, 0], "text/csv"));
        yield return ("a content type that is no media type", Bytes(Encoding.UTF8.GetBytes("{}"), "json; ;;; charset=\"\""));
        yield return ("a forged Graph notification", Json($$"""{"value":[{"subscriptionId":"{{RouteSamples.DummyGuid}}","clientState":"{{M}}","changeType":"created","resource":"Users/x/Messages/y","tenantId":"t","lifecycleEvent":"reauthorizationRequired"}]}"""));
        yield return ("Graph notifications of the wrong shapes", Json("""{"value":[42,null,"x",{"subscriptionId":{},"clientState":[],"resource":7}]}"""));
        yield return ("a Graph value that is no array", Json("""{"value":{"subscriptionId":"x"}}"""));
        yield return ("1,001 Graph notifications", Json($$"""{"value":[{{string.Join(',', Enumerable.Repeat($$"""{"subscriptionId":"x","clientState":"{{M}}","resource":"Users/x/Messages/y"}""", 1001))}}]}"""));
        foreach (var (name, json) in OneFieldWrong())
        {
            yield return (name, Json(json));
        }

        if (withHugeBody)
        {
            yield return ("a 30 MB body", Bytes(ThirtyMegabytes, "application/json"));
        }
    }

    /// <summary>Bodies with one field of one route wrong, so no other field is refused first.</summary>
    private static IEnumerable<(string Name, string Json)> OneFieldWrong()
    {
        yield return ("a deadline that is a number", """{"deadline":42}""");
        yield return ("a deadline in the past", """{"deadline":"2001-01-01"}""");
        yield return ("a target below one", """{"deadline":"2099-01-01","target":-5}""");
        yield return ("a target past int", """{"deadline":"2099-01-01","target":99999999999}""");
        yield return ("an unknown time zone", """{"deadline":"2099-01-01","timeZone":"Mars/Olympus"}""");
        yield return ("a time zone of 200 KB", $$"""{"deadline":"2099-01-01","timeZone":"{{Long200K}}"}""");
        yield return ("a time zone with a NUL", """{"deadline":"2099-01-01","timeZone":"Europe/Berlin\u0000"}""");
        yield return ("a start after the deadline", """{"deadline":"2099-01-01","startedOn":"9999-12-31"}""");
        yield return ("an unknown order", """{"deadline":"2099-01-01","order":"sideways"}""");
        yield return ("an address that is none", """{"address":"not an address"}""");
        yield return ("an address of 500 characters", $$"""{"address":"{{new string('a', 490)}}@example.com"}""");
        yield return ("a null address", """{"address":null}""");
        yield return ("addresses that are none", """{"emails":["not an address","",null]}""");
        yield return ("empty and null tags", """{"tags":["",null,"   "]}""");
        yield return ("notes with a NUL and a lone surrogate", $$"""{"notes":"{{M}}\u0000\ud800"}""");
        yield return ("a snooze in year 1", """{"until":"0001-01-01"}""");
        yield return ("a snooze in year 9999", """{"until":"9999-12-31"}""");
    }

    /// <summary>Path ids, as they go on the wire: unknown, malformed and hostile.</summary>
    public static IEnumerable<(string Name, string Id)> Ids()
    {
        yield return ("an unknown id", "nobody");
        yield return ("an unknown GUID", "0b7a1a52-8a5c-4a8f-9d1c-5b0f1e2d3c4b");
        yield return ("dot-dot", "..");
        yield return ("an encoded dot-dot-slash", "%2e%2e%2f");
        yield return ("an encoded slash", "a%2Fb");
        yield return ("2,000 characters", new string('a', 2000));
        yield return ("a quote", "%27");
        yield return ("a pipe", "%7C");
        yield return ("a hash", "%23");
        yield return ("unicode", "J%C3%BCrgen-%F0%9F%99%82");
        yield return ("a NUL", NulId);
        yield return ("CR LF", "%0D%0A");
        yield return ("invalid UTF-8", "%FF%FE");
        yield return ("an OData filter", "x'%20or%20PartitionKey%20ne%20'");
    }

    /// <summary>Query strings with junk for the parameters the routes read.</summary>
    public static IEnumerable<(string Name, string Query)> Queries()
    {
        yield return ("a negative page size", "?pageSize=-1");
        yield return ("a page size past int", "?pageSize=99999999999");
        yield return ("a page size that is no number", "?pageSize=ten");
        yield return ("a garbage cursor", "?cursor=garbage");
        yield return ("a cursor that is base64 JSON", "?cursor=eyJ4IjoiJyBvciAxPTEifQ%3D%3D");
        yield return ("an emoji status", "?status=%F0%9F%99%82");
        yield return ("a repeated status", "?status=written&status=skipped&suggested=true&suggested=false");
        yield return ("a repeated page size", "?pageSize=1&pageSize=2");
        yield return ("a non-boolean flag", "?suggested=maybe");
        yield return ("dates that are none", "?from=junk&to=2024-13-45");
        yield return ("dates out of range", "?from=9999-12-31&to=0001-01-01");
        yield return ("a NUL address", "?email=%00&search=%00");
        yield return ("2,000-character values", $"?email={new string('a', 2000)}%40example.com&search={new string('s', 2000)}&cursor={new string('c', 2000)}");
        yield return ("an odd validation token", "?validationToken=%3Cscript%3E&validationToken=2");
    }

    /// <summary>Headers a client might get wrong.</summary>
    public static IEnumerable<(string Name, KeyValuePair<string, string> Header)> Headers()
    {
        yield return ("If-Match junk", new("If-Match", "junk"));
        yield return ("If-Match *", new("If-Match", "*"));
        yield return ("a weak If-Match", new("If-Match", "W/\"datetime'2024-01-01T00%3A00%3A00Z'\""));
        yield return ("Accept: text/html", new("Accept", "text/html"));
    }

    private static byte[] HugeJson(int size)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"notes\":\"{M}");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, size - head.Length - 2).Fill((byte)'x');
        bytes[^2] = (byte)'"';
        bytes[^1] = (byte)'}';
        return bytes;
    }
}
