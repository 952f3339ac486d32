namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Deterministic record ids: the kind of row in the first field and its index in the last bytes, so every run
/// seeds the same rows and a benchmark can name a record without having kept the id the engine returned.
/// </summary>
public static class SeedIds
{
    public const int Account = 1;
    public const int Opportunity = 2;
    public const int Practice = 3;
    public const int Suggestion = 4;

    public static Guid For(int kind, int index) =>
        new(kind, 0x5eed, 0x4000, 0x80, 0, 0, 0, (byte)(index >> 24), (byte)(index >> 16), (byte)(index >> 8), (byte)index);
}
