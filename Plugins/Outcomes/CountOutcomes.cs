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
/// those suggested and not applied. Registered on Win and Lose of the opportunity (the messages
/// WinOpportunityRequest and LoseOpportunityRequest run as; the deal is the opportunityid of their OpportunityClose
/// parameter, so no image is needed), on an Update of statecode (an Update of the state, which a reopen is and which
/// Win and Lose also make), and on SetState, which older clients still send. Several may run for one close; a
/// recount is a count of facts, so the later ones find nothing to change.
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
[PluginStep(WinStepId, "Win", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: count a deal's outcome (Win)", AsyncAutoDelete = true,
    Description = "Recounts the statistics of the practices suggested on a deal when it is won.")]
[PluginStep(LoseStepId, "Lose", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: count a deal's outcome (Lose)", AsyncAutoDelete = true,
    Description = "Recounts the statistics of the practices suggested on a deal when it is lost.")]
public sealed class CountOutcomes : PluginBase
{
    /// <summary>The Win step's id.</summary>
    public const string WinStepId = "5d0c7f3e-1b9a-4e62-8f47-c3a9d2e61b05";

    /// <summary>The Lose step's id.</summary>
    public const string LoseStepId = "a83e51c9-6f2d-4b70-9e14-7d5b0c28f3a6";

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
        var deal = PrimaryRecord.IdOf(context.ExecutionContext);
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
