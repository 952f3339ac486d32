using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>One write to a practice, as the lifecycle guard judges it.</summary>
public sealed record PracticeChange
{
    /// <summary>The status before the write; null when the write creates the practice.</summary>
    public PracticeStatus? From { get; init; }

    /// <summary>The status the write leaves the practice in.</summary>
    public PracticeStatus To { get; init; }

    /// <summary>The practice as it will be if the write is allowed (stored values with the write's values on top).</summary>
    public Practice After { get; init; } = new();

    /// <summary>Whether the write changes any content column (text, targeting, key, version).</summary>
    public bool ChangesContent { get; init; }

    /// <summary>Whether the write sets the approval stamps (approver, approval date) itself.</summary>
    public bool SetsApprovalStamps { get; init; }

    /// <summary>Whether the write changes which version the practice revises (only a new revision names it).</summary>
    public bool ChangesPreviousVersion { get; init; }

    /// <summary>Whether the write goes through SetState, which carries no columns to stamp an approval on.</summary>
    public bool ThroughSetState { get; init; }

    /// <summary>The status of the version a new revision replaces; null when the write makes no revision.</summary>
    public PracticeStatus? RevisedFrom { get; init; }

    /// <summary>Who writes.</summary>
    public PracticeActor Actor { get; init; } = PracticeActor.Contributor;

    /// <summary>When the write happens (the platform's time of the operation).</summary>
    public DateTime NowUtc { get; init; }

    /// <summary>Whether the write moves the status.</summary>
    public bool MovesStatus => From is null || From != To;
}
