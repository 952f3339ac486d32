using System;
using System.Collections.Generic;
using System.ServiceModel;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Feedback;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Outcomes;

/// <summary>
/// When an opportunity is won, lost or reopened, recounts the statistics of every practice suggested on it:
/// applied-and-won or -lost (per competitor too) for the practices the rep applied, the comparable baseline for
/// those suggested and not applied. Registered on an Update of statecode, which is what WinOpportunity,
/// LoseOpportunity and an Update of the state do, and on SetState, which older clients still send. Both may run for
/// one close; a recount is a count of facts, so the second finds nothing to change.
/// Asynchronous and not essential: a problem is traced and the close is never in question.
/// It writes practices only, never the opportunity, so its writes do not trigger it again.
/// </summary>
[PluginStep(UpdateStepId, "Update", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = OpportunitySchema.StateCode,
    Name = "DataverseSharing: count a deal's outcome", AsyncAutoDelete = true,
    Description = "Recounts the statistics of the practices suggested on a deal when it is won, lost or reopened.")]
[PluginStep(SetStateStepId, "SetState", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: count a deal's outcome (SetState)", AsyncAutoDelete = true,
    Description = "Recounts the statistics of the practices suggested on a deal when SetState closes or reopens it.")]
public sealed class CountOutcomes : PluginBase
{
    /// <summary>The Update step's id.</summary>
    public const string UpdateStepId = "2731021d-1924-47b1-b3fc-a6cd7701101c";

    /// <summary>The SetState step's id.</summary>
    public const string SetStateStepId = "d886beb6-1852-4844-9619-c9e2cb098727";

    public CountOutcomes(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    public CountOutcomes()
        : this(null, null)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var deal = DealOf(context.ExecutionContext);
        if (deal == Guid.Empty)
        {
            context.Trace("no opportunity id in the context; nothing to count");
            return;
        }

        var service = context.SystemService;
        IReadOnlyList<Guid> practices;
        try
        {
            practices = PracticesSuggestedOn(service, deal);
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            context.Trace("statistics not counted: " + (e.Detail?.Message ?? e.Message));
            return;
        }

        // One practice's problem (a row the package cannot read, a write refused) leaves the others counted.
        foreach (var practice in practices)
        {
            try
            {
                context.Trace($"statistics of practice {practice:D}: {PracticeStatistics.Recount(service, context.TracingService, practice)}");
            }
            catch (Exception e) when (e is FaultException<OrganizationServiceFault> or ArgumentException)
            {
                context.Trace($"statistics of practice {practice:D} not counted: " + ((e as FaultException<OrganizationServiceFault>)?.Detail?.Message ?? e.Message));
            }
        }
    }

    private static Guid DealOf(IPluginExecutionContext execution)
    {
        if (execution.PrimaryEntityId != Guid.Empty)
        {
            return execution.PrimaryEntityId;
        }

        var inputs = execution.InputParameters;
        return inputs.Contains("EntityMoniker") && inputs["EntityMoniker"] is EntityReference moniker ? moniker.Id
            : inputs.Contains("Target") && inputs["Target"] is Entity target ? target.Id
            : Guid.Empty;
    }

    private static IReadOnlyList<Guid> PracticesSuggestedOn(IOrganizationService service, Guid deal)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(PracticeSuggestionSchema.BestPractice) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, deal);
        var practices = new List<Guid>();
        var seen = new HashSet<Guid>();
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            if (row.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice) is { } practice && seen.Add(practice.Id))
            {
                practices.Add(practice.Id);
            }
        }

        return practices;
    }
}
