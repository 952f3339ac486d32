namespace DataverseSharing.Domain.Credit;

/// <summary>One version of a practice a user is credited on: its id and the version it revises, if any.</summary>
public sealed class ContributedVersion
{
    public ContributedVersion(string id, string? previousVersionId)
    {
        Id = id ?? string.Empty;
        PreviousVersionId = previousVersionId;
    }

    public string Id { get; }

    public string? PreviousVersionId { get; }
}

/// <summary>A rep applied one of the user's practices on a deal: who owns that deal, and how it ended (null: still open).</summary>
public sealed class AppliedUse
{
    public AppliedUse(string dealOwnerId, bool? dealWon)
    {
        DealOwnerId = dealOwnerId ?? string.Empty;
        DealWon = dealWon;
    }

    public string DealOwnerId { get; }

    public bool? DealWon { get; }
}
