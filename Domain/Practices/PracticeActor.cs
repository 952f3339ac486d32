namespace DataverseSharing.Domain.Practices;

/// <summary>What the user behind a change to a practice may do, as the guard learned it from their roles.</summary>
public sealed record PracticeActor
{
    /// <summary>Someone with no package role beyond contributing: may draft, edit their drafts and submit.</summary>
    public static PracticeActor Contributor { get; } = new();

    /// <summary>The user's id, written as the approver when they approve.</summary>
    public string UserId { get; init; } = "";

    /// <summary>Holds Practice Approver: approves, rejects and retires.</summary>
    public bool IsApprover { get; init; }

    /// <summary>
    /// Holds Practice Administrator: the import and sync role. It creates practices in any status and writes any
    /// column, because an import copies a library's state as it is, approvals included.
    /// </summary>
    public bool IsAdministrator { get; init; }
}
