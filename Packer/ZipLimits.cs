namespace DataverseSharing.Packer;

/// <summary>
/// How much an unpack reads before it refuses the zip as a bomb. Real solutions stay far below: the largest
/// exports hold a few thousand entries and plug-in packages of tens of megabytes.
/// </summary>
public sealed record ZipLimits(int MaxEntries, long MaxEntryBytes, long MaxTotalBytes)
{
    public static ZipLimits Default { get; } = new(20_000, 256L * 1024 * 1024, 1024L * 1024 * 1024);
}
