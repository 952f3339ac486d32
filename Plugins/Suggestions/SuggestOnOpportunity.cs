using System;
using System.ServiceModel;
using DataverseSharing.Domain.Ranking;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// Keeps an open opportunity's suggestions current: after it is created, and after a change to a column that moves
/// the ranking, it ranks the approved library for the deal and writes the top N (dvs_SuggestionCount) as
/// dvs_practicesuggestion rows. Asynchronous, because suggestions are not essential to the save: a problem is traced
/// and the step ends normally, so it never fails or slows a rep's save.
/// Reads: the library version, the variable, the deal with its account, the suggestion rows (4), plus the library's
/// pages when the cache does not hold the current version.
/// It writes suggestion rows only, never the opportunity, so its writes do not trigger it again.
/// </summary>
[PluginStep(CreateStepId, "Create", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    Name = "DataverseSharing: suggest practices on a new opportunity", AsyncAutoDelete = true,
    Description = "Ranks the approved practices for the new opportunity and writes its suggestion rows.")]
[PluginStep(UpdateStepId, "Update", OpportunitySchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = OpportunitySchema.RankingColumnList,
    Name = "DataverseSharing: suggest practices when an opportunity changes", AsyncAutoDelete = true,
    Description = "Re-ranks the approved practices when a column that changes relevance changes.")]
public sealed class SuggestOnOpportunity : PluginBase
{
    /// <summary>The Create step's id.</summary>
    public const string CreateStepId = "5d0f3a52-8f4e-4b8e-9a51-7c1e2b6d9f01";

    /// <summary>The Update step's id.</summary>
    public const string UpdateStepId = "5d0f3a52-8f4e-4b8e-9a51-7c1e2b6d9f02";

    /// <summary>Creates the plug-in (Dataverse passes the step's configuration strings).</summary>
    public SuggestOnOpportunity(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <summary>Creates the plug-in without configuration.</summary>
    public SuggestOnOpportunity()
        : this(null, null)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        try
        {
            Suggest(context);
        }
        catch (Exception e) when (e is FaultException<OrganizationServiceFault> or ArgumentException or InvalidPluginExecutionException)
        {
            // Not essential: the deal keeps the suggestions it had; its next change ranks it again.
            context.Trace("suggestions not refreshed: " + ((e as FaultException<OrganizationServiceFault>)?.Detail?.Message ?? e.Message));
        }
    }

    private static void Suggest(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var opportunityId = execution.PrimaryEntityId != Guid.Empty ? execution.PrimaryEntityId : context.TargetEntity?.Id ?? Guid.Empty;
        if (opportunityId == Guid.Empty)
        {
            context.Trace("no opportunity id in the context; nothing to rank");
            return;
        }

        // SYSTEM: the suggestions are kept for the deal whoever saved it (an integration user may have no read on practices).
        var service = context.SystemService;
        var library = LibraryAccess.Get(service, service, execution, context.TracingService);
        var count = SuggestionCount.Read(service, context.TracingService);
        var deal = DealRecord.Read(service, opportunityId);
        if (deal is null)
        {
            context.Trace($"opportunity {opportunityId:D} no longer exists; nothing to rank");
            return;
        }

        if (!deal.IsOpen)
        {
            context.Trace($"opportunity {opportunityId:D} is closed; its suggestions stay as they were");
            return;
        }

        var rows = DealFeedbackRows.Read(service, deal);
        var dealContext = DealContextMapper.ToDealContext(deal.Opportunity, deal.Account, rows.Feedback);

        // Rank past N by the rows the rep acted on, so the deal still gets N fresh suggestions beside them.
        var acted = 0;
        foreach (var row in rows.Own)
        {
            if (SuggestionRowSync.IsActedOn(row))
            {
                acted++;
            }
        }

        var ranked = library.Index.Suggest(dealContext, Math.Min(count + acted, 100), DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc));
        var counts = SuggestionRowSync.Apply(service, context.TracingService, deal, rows.Own, ranked, count);
        context.Trace($"{library.Index.Count} approved practices, top {count} by {RankingEngine.Version}: {counts}");
    }
}
