namespace DataverseSharing.Domain.Practices;

/// <summary>
/// Coarse deal size. The mapping from an estimated value lives in <see cref="DealSizeBands.FromEstimatedValue"/>:
/// Small &lt; 50,000; Medium &lt; 250,000; Large &lt; 1,000,000; Enterprise otherwise.
/// </summary>
public enum DealSizeBand
{
    Small,
    Medium,
    Large,
    Enterprise,
}
