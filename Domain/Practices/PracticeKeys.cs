using System;
using System.Text.RegularExpressions;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// The practice keys the package makes itself. Both are derived, never random, because the key is unique
/// (an alternate key): a second draft from the same deal, or a second revision to the same version, collides
/// with the first instead of sitting beside it.
/// </summary>
public static class PracticeKeys
{
    /// <summary>The longest key dvs_practicekey holds.</summary>
    public const int MaxLength = 100;

    private static readonly Regex VersionSuffix = new("-v[0-9]+$", RegexOptions.CultureInvariant);

    /// <summary>The key of the draft made from a tagged deal: <c>deal-</c> and the opportunity id's 32 hex digits.</summary>
    public static string ForSourceDeal(Guid opportunityId) => "deal-" + opportunityId.ToString("N");

    /// <summary>The key of version <paramref name="version"/> of the practice keyed <paramref name="key"/>: the key without its <c>-vN</c> suffix, then <c>-v</c> and the version.</summary>
    public static string ForRevision(string key, int version)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new ArgumentException("A revision needs the key of the practice it revises.", nameof(key));
        }

        var suffix = "-v" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var stem = VersionSuffix.Replace(key.Trim(), string.Empty);
        return (stem.Length + suffix.Length > MaxLength ? stem.Substring(0, MaxLength - suffix.Length) : stem) + suffix;
    }
}
