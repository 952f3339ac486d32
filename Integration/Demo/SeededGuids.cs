namespace DataverseSharing.Integration.Demo;

/// <summary>Record ids drawn from the demo's seeded generator, so the same seed gives the same ids.</summary>
public sealed class SeededGuids
{
    private readonly Random random;

    public SeededGuids(Random random) => this.random = random;

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);

        // Version 4 / RFC 4122 variant bits, so the ids look like the ones Dataverse hands out.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
