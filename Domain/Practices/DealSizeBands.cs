using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>Maps an opportunity's estimated value to a <see cref="DealSizeBand"/>.</summary>
public static class DealSizeBands
{
    /// <summary>Upper bound (exclusive) of <see cref="DealSizeBand.Small"/>.</summary>
    public const decimal SmallBelow = 50_000m;

    /// <summary>Upper bound (exclusive) of <see cref="DealSizeBand.Medium"/>.</summary>
    public const decimal MediumBelow = 250_000m;

    /// <summary>Upper bound (exclusive) of <see cref="DealSizeBand.Large"/>; anything at or above is Enterprise.</summary>
    public const decimal LargeBelow = 1_000_000m;

    /// <summary>Small &lt; 50,000; Medium &lt; 250,000; Large &lt; 1,000,000; Enterprise otherwise. The currency is the organisation's base currency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static DealSizeBand FromEstimatedValue(decimal estimatedValue)
    {
        if (estimatedValue < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(estimatedValue), estimatedValue, "An estimated value cannot be negative.");
        }

        if (estimatedValue < SmallBelow)
        {
            return DealSizeBand.Small;
        }

        if (estimatedValue < MediumBelow)
        {
            return DealSizeBand.Medium;
        }

        return estimatedValue < LargeBelow ? DealSizeBand.Large : DealSizeBand.Enterprise;
    }
}
