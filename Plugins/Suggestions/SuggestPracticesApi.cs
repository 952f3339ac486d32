using System;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// The custom API dvs_SuggestPractices: the ranked suggestions for an opportunity, or for a deal described in JSON
/// (a what-if), as JSON. A global action (a deal's JSON would overrun a GET URL), synchronous and read-only: it
/// writes nothing. The form panel and the console's <c>suggest</c> both call it, so they give one answer.
/// The caller must be able to read practices (the library version is read as the caller) and the opportunity; the
/// library's rows are read as SYSTEM so every caller shares one cached index of the same approved library.
/// </summary>
[CustomApi(MessageName, DisplayName = "Suggest practices",
    Description = "Ranks the approved practices for an opportunity, or for a deal given as JSON, and returns them with the reasons as JSON.")]
[CustomApiRequestParameter(OpportunityIdParameter, CustomApiFieldKind.Guid, IsOptional = true, Description = "The opportunity to rank for; give this or DealJson.")]
[CustomApiRequestParameter(DealJsonParameter, CustomApiFieldKind.String, IsOptional = true, Description = "A deal described in JSON (the deal file's fields); give this or OpportunityId.")]
[CustomApiRequestParameter(TopParameter, CustomApiFieldKind.Integer, IsOptional = true, Description = "How many suggestions, 1 to 50; dvs_SuggestionCount when left out.")]
[CustomApiResponseProperty(SuggestionsJsonProperty, CustomApiFieldKind.String, Description = "The ranked suggestions, in the shape of suggest --json.")]
public sealed class SuggestPracticesApi : PluginBase
{
    /// <summary>The API's message name.</summary>
    public const string MessageName = "dvs_SuggestPractices";

    /// <summary>Request parameter: the opportunity's id.</summary>
    public const string OpportunityIdParameter = "OpportunityId";

    /// <summary>Request parameter: a deal in JSON.</summary>
    public const string DealJsonParameter = "DealJson";

    /// <summary>Request parameter: how many suggestions.</summary>
    public const string TopParameter = "Top";

    /// <summary>Response property: the suggestions as JSON.</summary>
    public const string SuggestionsJsonProperty = "SuggestionsJson";

    /// <summary>Creates the plug-in.</summary>
    public SuggestPracticesApi(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    /// <summary>Creates the plug-in without configuration.</summary>
    public SuggestPracticesApi()
        : this(null, null)
    {
    }

    /// <inheritdoc />
    protected override void ExecuteStep(LocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var inputs = execution.InputParameters;
        var opportunityId = inputs.Contains(OpportunityIdParameter) && inputs[OpportunityIdParameter] is Guid id && id != Guid.Empty ? id : (Guid?)null;
        var dealJson = inputs.Contains(DealJsonParameter) ? inputs[DealJsonParameter] as string : null;
        if (opportunityId is null == dealJson is null)
        {
            throw new InvalidPluginExecutionException($"{MessageName}: give either {OpportunityIdParameter} or {DealJsonParameter}, not both and not neither.");
        }

        var top = inputs.Contains(TopParameter) && inputs[TopParameter] is int given ? given : (int?)null;
        if (top is { } t && (t < SuggestionCount.Min || t > SuggestionCount.Max))
        {
            throw new InvalidPluginExecutionException($"{MessageName}: {TopParameter} is {t}; ask for {SuggestionCount.Min} to {SuggestionCount.Max} suggestions.");
        }

        // The deal JSON is checked before anything is read, so bad input costs no reads.
        var whatIf = dealJson is null ? (System.Collections.Generic.KeyValuePair<string, DealContext>?)null : DealJson.Read(dealJson);
        var user = context.UserService;
        var library = LibraryAccess.Get(user, context.SystemService, execution, context.TracingService);
        var count = top ?? SuggestionCount.Read(context.SystemService, context.TracingService);

        string name;
        DealContext deal;
        if (whatIf is { } w)
        {
            name = w.Key;
            deal = w.Value;
        }
        else
        {
            var record = DealRecord.Read(user, opportunityId!.Value)
                ?? throw new InvalidPluginExecutionException($"{MessageName}: opportunity {opportunityId.Value:D} does not exist, or you cannot read it.");
            name = record.Opportunity.GetAttributeValue<string>(Schema.OpportunitySchema.Name) ?? opportunityId.Value.ToString("D");
            deal = DealContextMapper.ToDealContext(record.Opportunity, record.Account, DealFeedbackRows.Read(user, record).Feedback);
        }

        var suggestions = library.Index.Suggest(deal, count, DateTime.SpecifyKind(execution.OperationCreatedOn, DateTimeKind.Utc));
        execution.OutputParameters[SuggestionsJsonProperty] = SuggestionsJson.Write(opportunityId, name, deal, library, suggestions);
    }
}
