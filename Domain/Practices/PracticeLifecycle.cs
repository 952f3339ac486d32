using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// The review workflow. Legal moves:
/// <code>
/// Draft -> Submitted -> Approved -> Retired
///            |
///            +-> Rejected -> Draft
/// Approved --Revise--> a new Draft (Version + 1, PreviousVersionId = the approved one)
/// </code>
/// Design of revisions: <see cref="Revise"/> returns a new practice, a Draft with Version + 1, no id of its own yet,
/// no approval (approver and approval date cleared) and <see cref="Practice.PreviousVersionId"/> naming the approved
/// version. The approved version keeps being served while the revision goes through review like any draft; when
/// the revision is approved, the version it replaces is retired. Reps therefore never see an unreviewed edit, and
/// nothing is ever suggested without an approver.
/// Every move returns a new <see cref="Practice"/>; an illegal move throws <see cref="InvalidOperationException"/>
/// naming both states.
/// </summary>
public static class PracticeLifecycle
{
    public static bool CanMove(PracticeStatus from, PracticeStatus to) => from switch
    {
        PracticeStatus.Draft => to == PracticeStatus.Submitted,
        PracticeStatus.Submitted => to is PracticeStatus.Approved or PracticeStatus.Rejected,
        PracticeStatus.Rejected => to == PracticeStatus.Draft,
        PracticeStatus.Approved => to == PracticeStatus.Retired,
        _ => false,
    };

    public static Practice Submit(this Practice practice) => Move(practice, PracticeStatus.Submitted);

    /// <summary>Approves a submitted practice; <paramref name="asOfUtc"/> becomes its approval date (freshness counts from it).</summary>
    public static Practice Approve(this Practice practice, string approverId, DateTime asOfUtc)
    {
        if (string.IsNullOrWhiteSpace(approverId))
        {
            throw new ArgumentException("An approval needs the approver's id.", nameof(approverId));
        }

        return Move(practice, PracticeStatus.Approved) with { ApproverId = approverId, ApprovedOnUtc = asOfUtc };
    }

    public static Practice Reject(this Practice practice) => Move(practice, PracticeStatus.Rejected);

    /// <summary>Rejected back to Draft so the contributor can rework it.</summary>
    public static Practice Reopen(this Practice practice) => Move(practice, PracticeStatus.Draft);

    public static Practice Retire(this Practice practice) => Move(practice, PracticeStatus.Retired);

    /// <summary>
    /// Starts a revision of an approved practice: applies <paramref name="edit"/> to the content and returns it as a
    /// new Draft with Version + 1 that names the approved one as its previous version. Editing a Draft needs no
    /// revision (just <c>with</c>); other states cannot be revised.
    /// </summary>
    public static Practice Revise(this Practice practice, Func<Practice, Practice> edit)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        if (edit is null)
        {
            throw new ArgumentNullException(nameof(edit));
        }

        if (practice.Status != PracticeStatus.Approved)
        {
            throw new InvalidOperationException($"Only an Approved practice can be revised; '{practice.Id}' is {practice.Status}.");
        }

        var edited = edit(practice) ?? throw new InvalidOperationException("The revision edit returned no practice.");
        return edited with
        {
            Id = "",
            PreviousVersionId = practice.Id,
            Status = PracticeStatus.Draft,
            Version = practice.Version + 1,
            ApproverId = null,
            ApprovedOnUtc = null,
            Effectiveness = practice.Effectiveness,
        };
    }

    private static Practice Move(Practice practice, PracticeStatus to)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        if (!CanMove(practice.Status, to))
        {
            throw new InvalidOperationException($"Practice '{practice.Id}' cannot move from {practice.Status} to {to}.");
        }

        return practice with { Status = to };
    }
}
