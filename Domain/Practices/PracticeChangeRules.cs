using System;
using System.Collections.Generic;
using System.Globalization;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// What the lifecycle guard allows, as one pure rule set: legal moves only (<see cref="PracticeLifecycle.CanMove"/>),
/// approving, rejecting and retiring only for an approver, the fields a submission needs, approved content read-only
/// (a change goes through a revision), expiry honoured, and the approval stamps written by the approval alone. A
/// Practice Administrator passes every rule: that role imports and syncs libraries, whose state it copies as it is.
/// </summary>
public static class PracticeChangeRules
{
    /// <summary>Why the change is refused, in words the user can act on; null when it is allowed.</summary>
    public static string? Refusal(PracticeChange change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        if (change.Actor.IsAdministrator)
        {
            return null;
        }

        var name = Describe(change.After);
        return change.From is not { } from
            ? CreateRefusal(change, name)
            : UpdateRefusal(change, from, name);
    }

    /// <summary>The fields a practice needs before it is submitted, that <paramref name="practice"/> lacks.</summary>
    public static IReadOnlyList<string> MissingForSubmit(Practice practice)
    {
        if (practice is null)
        {
            throw new ArgumentNullException(nameof(practice));
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(practice.Title))
        {
            missing.Add("a title");
        }

        if (string.IsNullOrWhiteSpace(practice.Summary))
        {
            missing.Add("a summary");
        }

        if (string.IsNullOrWhiteSpace(practice.Body))
        {
            missing.Add("a body");
        }

        return missing;
    }

    /// <summary>The verb a move to <paramref name="to"/> is known by.</summary>
    public static string VerbFor(PracticeStatus to) => to switch
    {
        PracticeStatus.Submitted => "submit",
        PracticeStatus.Approved => "approve",
        PracticeStatus.Rejected => "reject",
        PracticeStatus.Retired => "retire",
        _ => "reopen",
    };

    private static string? CreateRefusal(PracticeChange change, string name)
    {
        if (change.RevisedFrom is { } revised && revised != PracticeStatus.Approved)
        {
            return $"Only an approved practice can be revised; the version {name} would replace is {revised}.";
        }

        if (change.To != PracticeStatus.Draft)
        {
            return $"A new practice starts as Draft; only a Practice Administrator creates or imports a practice as {change.To} ({name}).";
        }

        return change.SetsApprovalStamps
            ? $"The approver and approval date of {name} are set when it is approved; a new draft cannot carry them."
            : null;
    }

    private static string? UpdateRefusal(PracticeChange change, PracticeStatus from, string name)
    {
        if (change.SetsApprovalStamps)
        {
            return $"The approver and approval date of {name} are set by the approval itself; they cannot be written directly.";
        }

        if (change.ChangesPreviousVersion)
        {
            return $"The version {name} revises is fixed when the revision is made; start a new revision instead.";
        }

        if (change.ChangesContent && from == PracticeStatus.Approved)
        {
            return $"{Capitalized(name)} is approved, so its content is read-only; revise it to make a new version for review.";
        }

        if (change.ChangesContent && from == PracticeStatus.Retired)
        {
            return $"{Capitalized(name)} is retired; its content can no longer change.";
        }

        if (!change.MovesStatus)
        {
            return null;
        }

        var to = change.To;
        if (!PracticeLifecycle.CanMove(from, to))
        {
            return $"{Capitalized(name)} is {from}, so it cannot be {Past(to)}: {Legal(from)}";
        }

        if (to is PracticeStatus.Approved or PracticeStatus.Rejected or PracticeStatus.Retired && !change.Actor.IsApprover)
        {
            return $"Only a Practice Approver can {VerbFor(to)} a practice; you do not hold that role ({name}).";
        }

        if (to == PracticeStatus.Approved && change.ThroughSetState)
        {
            return $"Approve {name} by setting its status reason to Approved (an Update), so the approval date and approver are recorded; SetState carries neither.";
        }

        if (to == PracticeStatus.Submitted && MissingForSubmit(change.After) is { Count: > 0 } missing)
        {
            return $"{Capitalized(name)} cannot be submitted yet: it needs {string.Join(", ", missing)}.";
        }

        if (to is PracticeStatus.Submitted or PracticeStatus.Approved && change.After.ExpiresOnUtc is { } expires && expires <= change.NowUtc)
        {
            return $"{Capitalized(name)} expired on {expires.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; set a later expiry date before you {VerbFor(to)} it.";
        }

        return null;
    }

    private static string Legal(PracticeStatus from) => from switch
    {
        PracticeStatus.Draft => "a draft can only be submitted.",
        PracticeStatus.Submitted => "a submitted practice can only be approved or rejected.",
        PracticeStatus.Rejected => "a rejected practice can only be reopened as a draft.",
        PracticeStatus.Approved => "an approved practice can only be retired (revise it to change it).",
        _ => "a retired practice is final.",
    };

    private static string Past(PracticeStatus to) => to switch
    {
        PracticeStatus.Draft => "reopened as a draft",
        PracticeStatus.Submitted => "submitted",
        PracticeStatus.Approved => "approved",
        PracticeStatus.Rejected => "rejected",
        _ => "retired",
    };

    private static string Describe(Practice practice) =>
        string.IsNullOrWhiteSpace(practice.Title) ? "the practice" : $"the practice \"{practice.Title}\"";

    private static string Capitalized(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);
}
