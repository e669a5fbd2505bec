namespace Outreach.Http;

/// <summary>Reads a request stream into memory, refusing it as soon as it passes the limit (not after it was all read).</summary>
internal static class BoundedRead
{
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(Stream stream, long maxBytes, Func<ApiProblemException> tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw tooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
