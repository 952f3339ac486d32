namespace DataverseSharing.Domain.Practices;

/// <summary>Where a practice is in its review lifecycle; <see cref="PracticeLifecycle"/> enforces the legal moves.</summary>
public enum PracticeStatus
{
    Draft,
    Submitted,
    Approved,
    Rejected,
    Retired,
}
