namespace DataverseSharing.Domain.Learning;

/// <summary>Why a practice should go back to its owners for review.</summary>
public enum ReviewReason
{
    KeepsLosing,
    KeepsBeingDismissed,
}

/// <summary>A review flag with the numbers behind it in plain words.</summary>
public sealed record ReviewFlag(ReviewReason Reason, string Explanation);
