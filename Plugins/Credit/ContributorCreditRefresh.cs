using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Credit;

/// <summary>
/// Keeps dvs_contributorcredit current: after each change of a fact credit is made of, the credit of every user that
/// change concerns is recomputed from the facts (<see cref="CreditRowWriter"/>). Asynchronous, after the commit,
/// so it reads committed facts and never slows or fails a user's save; a failure is traced and the next change
/// of the same facts recomputes the whole count again.
/// The facts and who they concern:
/// a contributor linked or unlinked (Associate / Disassociate of dvs_bestpractice_contributor): those users;
/// a suggestion applied, un-applied or deleted: the contributors of its practice;
/// a deal won, lost (Win, Lose, or an Update of its state), reopened, reassigned or tagged: the contributors of the
/// practices applied on it, and its tagger;
/// a deal deleted (with its suggestion rows): its tagger and the contributors of the practices applied on it, read
/// before the delete by a synchronous pre-operation step;
/// a practice deleted: its contributors, read before the delete by the synchronous pre-operation step.
/// It writes credit rows only, which no step of the package watches, so it never triggers itself.
/// </summary>
[PluginStep(AssociateStepId, "Associate", "none", PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit contributors linked to a practice", AsyncAutoDelete = true,
    Description = "Recomputes the credit of users linked as contributors of a practice.")]
[PluginStep(DisassociateStepId, "Disassociate", "none", PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit contributors unlinked from a practice", AsyncAutoDelete = true,
    Description = "Recomputes the credit of users no longer contributors of a practice.")]
[PluginStep(SuggestionCreateStepId, "Create", PracticeSuggestionSchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit a practice created as applied", AsyncAutoDelete = true,
    Description = "Recomputes its contributors' credit when a suggestion row is created already applied.")]
[PluginStep(SuggestionUpdateStepId, "Update", PracticeSuggestionSchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = PracticeSuggestionSchema.StatusCode + "," + PracticeSuggestionSchema.BestPractice,
    Name = "DataverseSharing: credit a practice applied on a deal", AsyncAutoDelete = true,
    Description = "Recomputes its contributors' credit when a rep applies or un-applies a suggestion.")]
[PluginStepImage("0f6a59a1-3b0e-4c67-a2a3-3d49e3f0b8c1", SuggestionUpdateStepId, StepImageType.Both, SuggestionImageAlias,
    Attributes = PracticeSuggestionSchema.BestPractice)]
[PluginStep(SuggestionDeleteStepId, "Delete", PracticeSuggestionSchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit a suggestion removed", AsyncAutoDelete = true,
    Description = "Recomputes its contributors' credit when an applied suggestion row is deleted.")]
[PluginStepImage("7018c294-6a53-4ca4-990d-2ededdf32138", SuggestionDeleteStepId, StepImageType.PreImage, SuggestionImageAlias,
    Attributes = PracticeSuggestionSchema.BestPractice + "," + PracticeSuggestionSchema.StatusCode)]
[PluginStep(DealUpdateStepId, "Update", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = DealColumns,
    Name = "DataverseSharing: credit the practices applied on a closed or tagged deal", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the deal's tagger and of the contributors of the practices applied on it.")]
[PluginStepImage("33c55ef8-2b45-436b-b56d-b53c4a09b311", DealUpdateStepId, StepImageType.Both, DealImageAlias,
    Attributes = OpportunitySchema.TaggedBy)]
[PluginStep(DealWinStepId, "Win", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit the practices applied on a won deal", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the contributors of the practices applied on a deal closed through Win.")]
[PluginStep(DealLoseStepId, "Lose", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit the practices applied on a lost deal", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the contributors of the practices applied on a deal closed through Lose.")]
[PluginStep(DealAssignStepId, "Assign", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit the practices applied on a reassigned deal", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the contributors of the practices applied on a deal given a new owner.")]
[PluginStep(DealDeletingStepId, "Delete", OpportunitySchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    Name = "DataverseSharing: note who a deal being deleted credits",
    Description = "Reads the deal's tagger and the contributors of the practices applied on it before its suggestion rows go with it.")]
[PluginStepImage("5e9b0c47-2d81-4f3a-b6e5-c70a18d92f3b", DealDeletingStepId, StepImageType.PreImage, DealImageAlias,
    Attributes = OpportunitySchema.TaggedBy)]
[PluginStep(DealDeletedStepId, "Delete", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit the users a deleted deal credited", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the deleted deal's tagger and of the contributors of the practices applied on it.")]
[PluginStep(PracticeDeletingStepId, "Delete", BestPracticeSchema.Table, PipelineStage.PreOperation, StepMode.Synchronous,
    Name = "DataverseSharing: note the contributors of a practice being deleted",
    Description = "Reads who is credited on the practice before its contributor links go with it.")]
[PluginStep(PracticeDeletedStepId, "Delete", BestPracticeSchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: credit the contributors of a deleted practice", AsyncAutoDelete = true,
    Description = "Recomputes the credit of the users the deleted practice credited.")]
public sealed class ContributorCreditRefresh : PluginBase
{
    public const string AssociateStepId = "07bd2806-f45d-4e57-96ec-cc6925ac69f3";
    public const string DisassociateStepId = "4e3d45c2-9d3f-429a-a7a7-f523790fe30e";
    public const string SuggestionCreateStepId = "6b1f2c1e-9a46-4369-8e58-99963363d1b0";
    public const string SuggestionUpdateStepId = "3aedf32d-842c-4486-a9b1-360bc6d66d76";
    public const string SuggestionDeleteStepId = "cf393695-c97c-4aa7-a3e3-08fa014ce2cc";
    public const string DealUpdateStepId = "62d2e90d-4c8a-4376-a824-5a8f08a65e5c";
    public const string DealWinStepId = "e1f4a2b7-3c58-4d96-a0e2-58b7c6d14f29";
    public const string DealLoseStepId = "9c27d8e5-40ab-4f13-b6c1-2e9f7a53d084";
    public const string DealAssignStepId = "6a0f93d2-7be4-4c1a-8d25-f0c3e91b47a8";
    public const string DealDeletingStepId = "b2c85e17-94f6-4a3d-a8e0-3d1f62c7b950";
    public const string DealDeletedStepId = "0e7d41ab-c6f9-4852-9b3e-a45d18e0f6c2";
    public const string PracticeDeletingStepId = "4b24ad14-f53b-4660-b6df-ade798c7a90c";
    public const string PracticeDeletedStepId = "b7803ed9-d2fa-432a-b8e0-0f252c000158";

    /// <summary>The alias of the suggestion row's images.</summary>
    public const string SuggestionImageAlias = "suggestion";

    /// <summary>The alias of the deal's images.</summary>
    public const string DealImageAlias = "deal";

    /// <summary>The shared variable that carries the users a deleted deal credits from the pre- to the post-operation step.</summary>
    public const string DeletedDealUsersVariable = "dvs_credit_dealusers";

    /// <summary>The shared variable that carries a deleted practice's contributors from the pre- to the post-operation step.</summary>
    public const string DeletedContributorsVariable = "dvs_credit_contributors";

    /// <summary>The opportunity columns whose change moves someone's credit: its outcome, its owner and its tag.</summary>
    public const string DealColumns = "statecode,statuscode,ownerid," + OpportunitySchema.IsPracticeSource + "," + OpportunitySchema.TaggedBy;

    public ContributorCreditRefresh()
        : this(null, null)
    {
    }

    public ContributorCreditRefresh(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (execution.Stage == (int)PipelineStage.PreOperation && string.Equals(execution.PrimaryEntityName, OpportunitySchema.Table, StringComparison.OrdinalIgnoreCase))
        {
            // A deal's credit is not essential: a failure to read it is traced and the delete goes on.
            try
            {
                execution.SharedVariables[DeletedDealUsersVariable] = string.Join(",", DealUsers(context).Distinct().Select(u => u.ToString("D")));
            }
            catch (FaultException<OrganizationServiceFault> e)
            {
                context.Trace("credit of the deleted deal not noted: " + (e.Detail?.Message ?? e.Message));
            }

            return;
        }

        if (execution.Stage == (int)PipelineStage.PreOperation)
        {
            // Read only: a failure here fails the delete, which is right, since the delete could not be credited.
            execution.SharedVariables[DeletedContributorsVariable] = string.Join(",", CreditFactsReader.ContributorsOf(context.SystemService, execution.PrimaryEntityId).Select(u => u.ToString("D")));
            return;
        }

        try
        {
            var users = Concerned(context).Distinct().ToList();
            foreach (var user in users)
            {
                var written = CreditRowWriter.Refresh(context.SystemService, user);
                context.Trace($"credit of {user:D} {(written ? "updated" : "already current")}");
            }
        }
        catch (Exception e) when (e is FaultException<OrganizationServiceFault> or ArgumentException or InvalidPluginExecutionException)
        {
            // Not essential: the counts stay as they were; the next change of these facts recomputes them whole.
            context.Trace("credit not refreshed: " + ((e as FaultException<OrganizationServiceFault>)?.Detail?.Message ?? e.Message));
        }
    }

    private static IEnumerable<Guid> Concerned(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var message = execution.MessageName;
        if (string.Equals(message, "Associate", StringComparison.OrdinalIgnoreCase) || string.Equals(message, "Disassociate", StringComparison.OrdinalIgnoreCase))
        {
            return LinkedUsers(execution);
        }

        if (string.Equals(execution.PrimaryEntityName, BestPracticeSchema.Table, StringComparison.OrdinalIgnoreCase))
        {
            return SharedIds(execution, DeletedContributorsVariable);
        }

        if (string.Equals(execution.PrimaryEntityName, PracticeSuggestionSchema.Table, StringComparison.OrdinalIgnoreCase))
        {
            return SuggestionPractices(context).SelectMany(p => CreditFactsReader.ContributorsOf(context.SystemService, p));
        }

        if (string.Equals(message, "Delete", StringComparison.OrdinalIgnoreCase))
        {
            return SharedIds(execution, DeletedDealUsersVariable);
        }

        return DealUsers(context);
    }

    private static IEnumerable<Guid> SharedIds(IPluginExecutionContext execution, string variable) =>
        execution.SharedVariables.Contains(variable) && execution.SharedVariables[variable] is string ids
            ? ids.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)
            : Enumerable.Empty<Guid>();

    private static IEnumerable<Guid> LinkedUsers(IPluginExecutionContext execution)
    {
        var relationship = execution.InputParameters.Contains("Relationship") ? execution.InputParameters["Relationship"] as Relationship : null;
        if (relationship is null || !string.Equals(relationship.SchemaName, BestPracticeSchema.ContributorRelationship, StringComparison.OrdinalIgnoreCase))
        {
            return Enumerable.Empty<Guid>();
        }

        var target = execution.InputParameters.Contains("Target") ? execution.InputParameters["Target"] as EntityReference : null;
        var related = execution.InputParameters.Contains("RelatedEntities") ? execution.InputParameters["RelatedEntities"] as EntityReferenceCollection : null;
        var sides = new List<EntityReference>();
        if (target is not null)
        {
            sides.Add(target);
        }

        if (related is not null)
        {
            sides.AddRange(related);
        }

        return sides.Where(r => string.Equals(r.LogicalName, "systemuser", StringComparison.OrdinalIgnoreCase)).Select(r => r.Id).ToList();
    }

    // The practice before and after: re-pointing a suggestion at another practice moves credit between both.
    private static IEnumerable<Guid> SuggestionPractices(LocalPluginContext context)
    {
        var images = new[]
        {
            context.TargetEntity,
            context.PreImage(SuggestionImageAlias),
            context.PostImage(SuggestionImageAlias),
        };
        return images.Where(i => i is not null)
            .Select(i => i!.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice))
            .Where(r => r is not null)
            .Select(r => r!.Id)
            .Distinct()
            .ToList();
    }

    private static IEnumerable<Guid> DealUsers(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var users = new List<Guid>();
        foreach (var image in new[] { context.PreImage(DealImageAlias), context.PostImage(DealImageAlias) })
        {
            if (image?.GetAttributeValue<EntityReference>(OpportunitySchema.TaggedBy) is { } tagger)
            {
                users.Add(tagger.Id);
            }
        }

        var applied = new QueryExpression(BestPracticeSchema.ContributorRelationship) { ColumnSet = new ColumnSet("systemuserid"), Distinct = true };
        var suggestion = applied.AddLink(PracticeSuggestionSchema.Table, BestPracticeSchema.Id, PracticeSuggestionSchema.BestPractice);
        suggestion.LinkCriteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, PrimaryRecord.IdOf(execution));
        suggestion.LinkCriteria.AddCondition(PracticeSuggestionSchema.StatusCode, ConditionOperator.Equal, PracticeSuggestionSchema.StatusApplied);
        users.AddRange(context.SystemService.RetrieveMultiple(applied).Entities
            .Select(CreditFactsReader.UserIdOf)
            .Where(id => id is not null)
            .Select(id => id!.Value));
        return users;
    }
}
