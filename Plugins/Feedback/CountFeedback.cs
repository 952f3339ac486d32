using System;
using System.ServiceModel;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Feedback;

/// <summary>
/// When a rep applies, dismisses or rates a suggestion (an Update of its status or rating), recounts the suggested
/// practice's statistics from its facts (<see cref="PracticeStatistics"/>). Asynchronous and not essential: the
/// rep's save never waits for it or fails because of it; a problem is traced, and the next feedback or outcome of
/// the practice counts everything again.
/// It writes the practice only, never a suggestion row, so its writes do not trigger it again.
/// </summary>
[PluginStep(UpdateStepId, "Update", PracticeSuggestionSchema.Table, PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = "statuscode,statecode,dvs_rating",
    Name = "DataverseSharing: count a suggestion's feedback", AsyncAutoDelete = true,
    Description = "Recounts the practice's applications, dismissals and ratings when a rep acts on its suggestion.")]
[PluginStepImage("1a9f2f50-88f3-4704-bab6-645fafd94cd6", UpdateStepId, StepImageType.PostImage, PostImageAlias, Attributes = PracticeSuggestionSchema.BestPractice)]
public sealed class CountFeedback : PluginBase
{
    /// <summary>The Update step's id.</summary>
    public const string UpdateStepId = "14badfa5-3e69-4714-8eb9-5d853cbe72d0";

    /// <summary>The alias of the post-image naming the suggested practice.</summary>
    public const string PostImageAlias = "suggestion";

    public CountFeedback(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    public CountFeedback()
        : this(null, null)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        try
        {
            var practice = PracticeOf(context);
            if (practice is null)
            {
                return;
            }

            var result = PracticeStatistics.Recount(context.SystemService, context.TracingService, practice.Value);
            context.Trace($"statistics of practice {practice.Value:D}: {result}");
        }
        catch (Exception e) when (e is FaultException<OrganizationServiceFault> or ArgumentException)
        {
            // Not essential: the stored counts stay as they were until the practice's next feedback or outcome.
            context.Trace("statistics not counted: " + ((e as FaultException<OrganizationServiceFault>)?.Detail?.Message ?? e.Message));
        }
    }

    // The post-image names the practice; without it (an older registration, an image Dataverse could not take) the
    // row is read, and a row deleted since has nothing left to count.
    private static Guid? PracticeOf(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (context.PostImage(PostImageAlias)?.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice) is { } fromImage)
        {
            return fromImage.Id;
        }

        var id = execution.PrimaryEntityId != Guid.Empty ? execution.PrimaryEntityId : context.TargetEntity?.Id ?? Guid.Empty;
        if (id == Guid.Empty)
        {
            context.Trace("no suggestion id in the context; nothing to count");
            return null;
        }

        context.Trace($"the '{PostImageAlias}' image is missing; reading suggestion {id:D}");
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(PracticeSuggestionSchema.BestPractice), TopCount = 1 };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Id, ConditionOperator.Equal, id);
        foreach (var row in context.SystemService.RetrieveMultiple(query).Entities)
        {
            if (row.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice) is { } practice)
            {
                return practice.Id;
            }
        }

        context.Trace($"suggestion {id:D} no longer exists (or names no practice); nothing to count");
        return null;
    }
}
