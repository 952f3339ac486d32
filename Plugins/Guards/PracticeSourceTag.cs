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
/// Tagging a closed deal as a practice source (dvs_ispracticesource set to Yes, with dvs_practicesourcenote).
/// PreOperation refuses the tag from a caller without a manager role, or on an open deal, with a message a
/// manager understands. PostOperation, still inside the Update's transaction, creates the Draft practice the
/// tag stands for, unless the deal already has one.
/// </summary>
/// <remarks>
/// Exactly one draft per deal, also when two managers tag at once: the check runs after the opportunity row was
/// written in the same transaction, so the database's row lock on the opportunity makes a second tag of the same
/// deal wait until the first commits, and then it sees the first one's draft. The draft's key is derived from the
/// deal (<see cref="PracticeKeys.ForSourceDeal"/>), and dvs_practicekey is an alternate key, so even a path that
/// missed the check could not store a second draft.
/// </remarks>
[PluginStep("8b969542-35b8-411b-976b-bb92c92d40ac", "Update", OpportunitySchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    FilteringAttributes = OpportunitySchema.IsPracticeSource, Description = "Only a sales manager tags a deal as a practice source, and only once it is closed")]
[PluginStepImage("179162f9-2d1b-4d28-bae2-fef37cf398f4", "8b969542-35b8-411b-976b-bb92c92d40ac", StepImageType.PreImage, DealImageAlias,
    Attributes = "name,statecode," + OpportunitySchema.TaggedBy)]
[PluginStep("aaad1e29-beea-4ae5-ae6d-f7a73f9d8541", "Update", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Synchronous,
    FilteringAttributes = OpportunitySchema.IsPracticeSource, Description = "Creates the Draft practice a tagged deal starts, once per deal")]
[PluginStepImage("5b0e2c1a-6d4f-4e8b-9a3c-7f1d2e6b8c40", "aaad1e29-beea-4ae5-ae6d-f7a73f9d8541", StepImageType.PostImage, DealImageAlias)]
public sealed class PracticeSourceTag : PluginBase
{
    /// <summary>The alias of the deal's image on both steps.</summary>
    public const string DealImageAlias = "deal";

    public PracticeSourceTag()
        : this(null, null)
    {
    }

    public PracticeSourceTag(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <summary>The role names that let a user tag a deal: a sales manager, or the package's manager-level roles.</summary>
    public static readonly string[] ManagerRoles = { SecurityRoleNames.SalesManager, SecurityRoleNames.PracticeApprover, SecurityRoleNames.PracticeAdministrator };

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var target = context.TargetEntity
            ?? throw new InvalidPluginExecutionException("The practice-source tag reached its step without a Target opportunity.");
        if (target.GetAttributeValue<bool?>(OpportunitySchema.IsPracticeSource) != true)
        {
            // Clearing the flag removes nothing: the draft it made is the manager's to keep or retire.
            return;
        }

        var deal = context.ExecutionContext.Stage == (int)PipelineStage.PreOperation
            ? context.PreImage(DealImageAlias)
            : context.PostImage(DealImageAlias);
        if (deal is null)
        {
            throw new InvalidPluginExecutionException($"The practice-source tag's '{DealImageAlias}' image is missing for opportunity {target.Id:D}; re-import the solution's step registrations.");
        }

        if (context.ExecutionContext.Stage == (int)PipelineStage.PreOperation)
        {
            Validate(context, deal, target);
        }
        else
        {
            CreateDraftOnce(context, deal);
        }
    }

    private static void Validate(LocalPluginContext context, Entity deal, Entity target)
    {
        var closed = new ClosedDeal
        {
            Id = target.Id.ToString("D"),
            Name = deal.GetAttributeValue<string>(OpportunitySchema.Name) ?? target.Id.ToString("D"),
            Won = WonOf(deal),
        };
        var isManager = CallerRoles.Of(context.SystemService, context.ExecutionContext.InitiatingUserId).HoldsAny(ManagerRoles);
        if (PracticeSourceDraft.Refusal(closed, isManager) is { } refusal)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        // The tag is credited to the manager who made it, in the same write; tagging again never moves that credit.
        if (deal.GetAttributeValue<EntityReference>(OpportunitySchema.TaggedBy) is null)
        {
            target[OpportunitySchema.TaggedBy] = new EntityReference("systemuser", context.ExecutionContext.InitiatingUserId);
        }
    }

    private static void CreateDraftOnce(LocalPluginContext context, Entity deal)
    {
        var key = PracticeKeys.ForSourceDeal(deal.Id);
        var existing = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(BestPracticeSchema.PracticeKey), TopCount = 1 };
        existing.Criteria.FilterOperator = LogicalOperator.Or;
        existing.Criteria.AddCondition(BestPracticeSchema.SourceOpportunity, ConditionOperator.Equal, deal.Id);
        existing.Criteria.AddCondition(BestPracticeSchema.PracticeKey, ConditionOperator.Equal, key);
        if (context.SystemService.RetrieveMultiple(existing).Entities.FirstOrDefault() is { } found)
        {
            context.Trace($"opportunity {deal.Id:D} already has its practice {found.GetAttributeValue<string>(BestPracticeSchema.PracticeKey)}; no second draft");
            return;
        }

        var tagger = context.ExecutionContext.InitiatingUserId;
        var draft = PracticeSourceDraft.From(ToClosedDeal(context, deal), tagger.ToString("D"));
        var row = PracticeMapper.ToEntity(draft);
        row[BestPracticeSchema.PracticeKey] = key;
        row[BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusDraft);
        row["ownerid"] = new EntityReference("systemuser", tagger);

        // As SYSTEM: the tag is the act the manager was authorised for; the draft and its contributor credit are its
        // bookkeeping, which a manager without Create on practices or Append on users must still get.
        var id = context.SystemService.Create(row);
        var contributors = draft.Contributors.Select(c => new EntityReference("systemuser", Guid.Parse(c))).ToList();
        context.SystemService.Associate(BestPracticeSchema.Table, id, new Relationship(BestPracticeSchema.ContributorRelationship), new EntityReferenceCollection(contributors));
        context.Trace($"created draft practice {key} ({id:D}) from opportunity {deal.Id:D}");
    }

    private static ClosedDeal ToClosedDeal(LocalPluginContext context, Entity deal)
    {
        var accountId = deal.GetAttributeValue<EntityReference>(OpportunitySchema.ParentAccount)
            ?? (deal.GetAttributeValue<EntityReference>(OpportunitySchema.Customer) is { LogicalName: AccountSchema.Table } customer ? customer : null);
        var account = accountId is null ? null : context.SystemService.Retrieve(AccountSchema.Table, accountId.Id, new ColumnSet(DealContextMapper.AccountColumns));
        return new ClosedDeal
        {
            Id = deal.Id.ToString("D"),
            Name = deal.GetAttributeValue<string>(OpportunitySchema.Name) ?? deal.Id.ToString("D"),
            Won = WonOf(deal),
            Deal = DealContextMapper.ToDealContext(deal, account),
            Notes = deal.GetAttributeValue<string>(OpportunitySchema.PracticeSourceNote) ?? string.Empty,
            OwnerId = deal.GetAttributeValue<EntityReference>(OpportunitySchema.Owner)?.Id.ToString("D") ?? string.Empty,
        };
    }

    private static bool? WonOf(Entity deal) => deal.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value switch
    {
        OpportunitySchema.StateWon => true,
        OpportunitySchema.StateLost => false,
        _ => null,
    };
}
