using Azure.Core;
using Azure.Core.Pipeline;
using Outreach.Storage;

namespace Outreach.UnitTests.Storage;

public sealed class StorageRequestKindTests
{
    [Theory]
    [InlineData("GET", "https://account.table.core.windows.net/Outreach(PartitionKey='u',RowKey='su')", "table point read su")]
    [InlineData("GET", "https://account.table.core.windows.net/Subscriptions(PartitionKey='3f25',RowKey='')", "table point read")]
    [InlineData("GET", "https://account.table.core.windows.net/Outreach()?$filter=PartitionKey%20eq%20'u'%20and%20RowKey%20ge%20'p%7C'", "table query p|")]
    [InlineData("POST", "https://account.table.core.windows.net/$batch", "table transaction")]
    [InlineData("POST", "https://account.queue.core.windows.net/mail-work/messages", "queue send")]
    [InlineData("GET", "https://account.queue.core.windows.net/mail-work/messages?numofmessages=32", "queue receive")]
    public void NamesARequestByWhatItDoesAndTheRowKindItTouches(string method, string uri, string kind)
    {
        var pipeline = HttpPipelineBuilder.Build(new TestClientOptions());
        var request = pipeline.CreateRequest();
        request.Method = RequestMethod.Parse(method);
        request.Uri.Reset(new Uri(uri));

        Assert.Equal(kind, StorageRequestKind.Of(request));
    }

    private sealed class TestClientOptions : ClientOptions;
}
