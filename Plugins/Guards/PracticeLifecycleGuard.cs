using System;
using System.Linq;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Guards;

/// <summary>
/// The lifecycle guard on dvs_bestpractice: every Create, Update and SetState is judged by
/// <see cref="PracticeChangeRules"/> before it is written (PreOperation, inside the request's transaction), and a
/// refusal fails the request with the rule's message. An approval is stamped here (approval date from the
/// operation's time, approver from the caller), and approving a revision retires the version it replaces in the
/// same transaction, so the library never serves both or neither.
/// </summary>
[PluginStep("0c2f8219-761b-4621-af9c-d5344fcd13bb", "Create", BestPracticeSchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    Description = "Practices start as Draft (an administrator may import any status); a revision names an approved version")]
[PluginStep("cf5b7baa-c1fa-4b25-b5b5-42c7c3091399", "Update", BestPracticeSchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    Description = "Legal lifecycle moves only; approvers approve, reject and retire; approved content is read-only")]
[PluginStepImage("9a49e271-c0d2-4c08-a57a-4fa59be734b9", "cf5b7baa-c1fa-4b25-b5b5-42c7c3091399", StepImageType.PreImage, PreImageAlias,
    Attributes = ImageAttributes)]
[PluginStep("6aa1f456-93e6-4ee7-9ecc-f6a96e76cb72", "SetState", BestPracticeSchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    Description = "Status changes through SetState follow the same lifecycle")]
[PluginStepImage("f41c4278-8cff-419c-aaff-fee670b18631", "6aa1f456-93e6-4ee7-9ecc-f6a96e76cb72", StepImageType.PreImage, PreImageAlias,
    Attributes = ImageAttributes)]
public sealed class PracticeLifecycleGuard : PluginBase
{
    /// <summary>The alias of the stored practice's pre-image.</summary>
    public const string PreImageAlias = "stored";

    private const string ImageAttributes =
        "dvs_name,dvs_practicekey,dvs_summary,dvs_body,dvs_topic,dvs_industries,dvs_regions,dvs_productfamilies,dvs_buyerroles," +
        "dvs_competitors,dvs_keywords,dvs_dealsizeband,dvs_salesstages,dvs_version,dvs_reviewon,dvs_expireson,dvs_sourceopportunityid," +
        "dvs_previousversionid,statecode,statuscode,dvs_approverid,dvs_approvedon";

    public PracticeLifecycleGuard()
        : this(null, null)
    {
    }

    public PracticeLifecycleGuard(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var isCreate = string.Equals(execution.MessageName, "Create", StringComparison.OrdinalIgnoreCase);
        var isSetState = string.Equals(execution.MessageName, "SetState", StringComparison.OrdinalIgnoreCase);
        var target = isSetState ? null : context.TargetEntity
            ?? throw new InvalidPluginExecutionException($"{execution.MessageName} of {BestPracticeSchema.Table} reached the lifecycle guard without a Target.");
        var stored = isCreate ? null : context.PreImage(PreImageAlias)
            ?? throw new InvalidPluginExecutionException($"The lifecycle guard's '{PreImageAlias}' image is missing from {execution.MessageName} of {BestPracticeSchema.Table} {execution.PrimaryEntityId:D}; re-import the solution's step registrations.");

        var from = stored is null ? (PracticeStatus?)null : PracticeWrite.StatusOf(stored.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)?.Value ?? BestPracticeSchema.StatusDraft);
        var to = isSetState
            ? PracticeWrite.StatusAfter(Parameter<OptionSetValue>(execution, "Status"), Parameter<OptionSetValue>(execution, "State"), from)
            : PracticeWrite.StatusAfter(target!.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode), target.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StateCode), from);

        var roles = CallerRoles.Of(context.SystemService, execution.InitiatingUserId);
        var actor = new PracticeActor
        {
            UserId = execution.InitiatingUserId.ToString("D"),
            IsApprover = roles.HoldsAny(SecurityRoleNames.PracticeApprover),
            IsAdministrator = roles.HoldsAny(SecurityRoleNames.PracticeAdministrator),
        };

        var previous = isCreate ? PreviousVersion(context, target!) : null;
        var merged = PracticeWrite.Merge(stored, target, execution.PrimaryEntityId);
        var change = new PracticeChange
        {
            From = from,
            To = to,
            After = PracticeWrite.ToPractice(merged),
            ChangesContent = PracticeWrite.Changes(target, stored, PracticeWrite.ContentColumns),
            SetsApprovalStamps = PracticeWrite.Changes(target, stored, BestPracticeSchema.Approver, BestPracticeSchema.ApprovedOn),
            ChangesPreviousVersion = !isCreate && PracticeWrite.Changes(target, stored, BestPracticeSchema.PreviousVersion),
            ThroughSetState = isSetState,
            RevisedFrom = previous is null ? null : PracticeWrite.StatusOf(previous.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)?.Value ?? BestPracticeSchema.StatusDraft),
            Actor = actor,
            NowUtc = DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc),
        };

        if (PracticeChangeRules.Refusal(change) is { } refusal)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        if (previous is not null)
        {
            StartRevision(context, target!, previous, actor);
        }

        if (target is not null)
        {
            Stamp(target, from, to, change, execution.InitiatingUserId);
        }

        if (to == PracticeStatus.Approved && from != PracticeStatus.Approved
            && merged.GetAttributeValue<EntityReference>(BestPracticeSchema.PreviousVersion) is { } replaced)
        {
            RetireReplaced(context, replaced.Id);
        }

        context.Trace($"allowed {(from?.ToString() ?? "new")} -> {to} by {actor.UserId} (approver: {actor.IsApprover}, administrator: {actor.IsAdministrator})");
    }

    private static T? Parameter<T>(IPluginExecutionContext context, string name)
        where T : class =>
        context.InputParameters.Contains(name) ? context.InputParameters[name] as T : null;

    private static Entity? PreviousVersion(LocalPluginContext context, Entity target) =>
        target.GetAttributeValue<EntityReference>(BestPracticeSchema.PreviousVersion) is { } reference
            ? context.SystemService.Retrieve(BestPracticeSchema.Table, reference.Id, new ColumnSet(BestPracticeSchema.StatusCode, BestPracticeSchema.Version, BestPracticeSchema.PracticeKey, BestPracticeSchema.Name))
            : null;

    /// <summary>
    /// A revision gets the next version number and, unless given one, the key of that version; a version already
    /// under revision refuses a second one, so two editors never race two drafts of the same practice to approval.
    /// </summary>
    private static void StartRevision(LocalPluginContext context, Entity target, Entity previous, PracticeActor actor)
    {
        var pending = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey), TopCount = 1 };
        pending.Criteria.AddCondition(BestPracticeSchema.PreviousVersion, ConditionOperator.Equal, previous.Id);
        pending.Criteria.AddCondition(BestPracticeSchema.StatusCode, ConditionOperator.In, BestPracticeSchema.StatusDraft, BestPracticeSchema.StatusSubmitted, BestPracticeSchema.StatusRejected);
        if (!actor.IsAdministrator && context.SystemService.RetrieveMultiple(pending).Entities.FirstOrDefault() is { } open)
        {
            throw new InvalidPluginExecutionException(
                $"\"{previous.GetAttributeValue<string>(BestPracticeSchema.Name)}\" already has a revision in progress ({open.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)}); finish or retire that one first.");
        }

        var version = (previous.GetAttributeValue<int?>(BestPracticeSchema.Version) ?? 1) + 1;
        target[BestPracticeSchema.Version] = version;
        if (string.IsNullOrWhiteSpace(target.GetAttributeValue<string>(BestPracticeSchema.PracticeKey))
            && previous.GetAttributeValue<string>(BestPracticeSchema.PracticeKey) is { Length: > 0 } key)
        {
            target[BestPracticeSchema.PracticeKey] = PracticeKeys.ForRevision(key, version);
        }
    }

    /// <summary>The approval stamps and the state that belongs to the new status, written into the request itself.</summary>
    private static void Stamp(Entity target, PracticeStatus? from, PracticeStatus to, PracticeChange change, Guid caller)
    {
        if (to == PracticeStatus.Approved && from != PracticeStatus.Approved)
        {
            // An import carries the approval it copies; any other approval happens now, by the caller.
            if (!(change.Actor.IsAdministrator && target.Attributes.ContainsKey(BestPracticeSchema.ApprovedOn) && target[BestPracticeSchema.ApprovedOn] is not null))
            {
                target[BestPracticeSchema.ApprovedOn] = change.NowUtc;
                target[BestPracticeSchema.Approver] = new EntityReference("systemuser", caller);
            }
        }

        if (change.MovesStatus)
        {
            target[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(to));
            target[BestPracticeSchema.StateCode] = new OptionSetValue(PracticeMapper.StateCodeOf(to));
        }
    }

    // As SYSTEM: the approver's approval of the revision is what authorises retiring the old version, which may be
    // owned outside the approver's reach; the guard still judges that write (its initiating user is the approver).
    private static void RetireReplaced(LocalPluginContext context, Guid replacedId)
    {
        var replaced = context.SystemService.Retrieve(BestPracticeSchema.Table, replacedId, new ColumnSet(BestPracticeSchema.StatusCode));
        if (replaced.GetAttributeValue<OptionSetValue>(BestPracticeSchema.StatusCode)?.Value != BestPracticeSchema.StatusApproved)
        {
            return;
        }

        context.SystemService.Update(new Entity(BestPracticeSchema.Table, replacedId)
        {
            [BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusRetired),
            [BestPracticeSchema.StateCode] = new OptionSetValue(BestPracticeSchema.StateInactive),
        });
        context.Trace($"retired {replacedId:D}, replaced by the approved revision");
    }
}
