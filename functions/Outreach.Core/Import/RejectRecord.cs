namespace Outreach.Import;

/// <summary>Reads one record of a <see cref="CsvTable"/>: the reason it is rejected, or null and the value read.</summary>
/// <param name="count">How many records were read so far.</param>
internal delegate string? RejectRecord<T>(CsvRecord record, int count, out T? value);
