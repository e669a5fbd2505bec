namespace Outreach.Http;

/// <summary>An uploaded file's bytes and, when a multipart form named it, its file name.</summary>
public sealed record UploadedContent(string? FileName, ReadOnlyMemory<byte> Content);
