namespace DataverseSharing.Domain.Ranking;

/// <summary>
/// Normalises a structured value (industry, region, product, competitor, buyer role) for exact matching:
/// trimmed and lower-cased with the invariant culture, so "Manufacturing " and "manufacturing" meet.
/// </summary>
internal static class FieldKey
{
    public static string Normalize(string? value) => value is null ? "" : value.Trim().ToLowerInvariant();
}
