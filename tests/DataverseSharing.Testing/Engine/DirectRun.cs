using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Plugins;
using DataverseSharing.Testing.Services;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Engine;

/// <summary>
/// Runs a package plug-in directly against a <see cref="SuggestionOrg"/>, outside the pipeline, with every
/// request it sends counted: for read budgets and for a controlled cache (organization id and clock chosen here).
/// </summary>
public sealed class DirectRun
{
    private readonly SuggestionOrg org;

    public DirectRun(SuggestionOrg org, Guid? organizationId = null)
    {
        this.org = org ?? throw new ArgumentNullException(nameof(org));
        OrganizationId = organizationId ?? Guid.NewGuid();
    }

    public Guid OrganizationId { get; }

    public CountingService.Tally Counts { get; } = new();

    public RecordingTracingService? LastTracing { get; private set; }

    /// <summary>Runs the suggest step as an Update of <paramref name="opportunityId"/>, an hour after the org's start (the library has settled).</summary>
    public void SuggestStep(Guid opportunityId, Guid? userId = null) =>
        Run(new DataverseSharing.Plugins.Suggestions.SuggestOnOpportunity(), "Update", OpportunitySchema.Table, 40, opportunityId, userId ?? org.RepId, _ => { });

    /// <summary>Calls the custom API plug-in with <paramref name="inputs"/>; returns SuggestionsJson.</summary>
    public string SuggestApi(Guid userId, Action<ParameterCollection> inputs)
    {
        var context = Run(new DataverseSharing.Plugins.Suggestions.SuggestPracticesApi(), DataverseSharing.Plugins.Suggestions.SuggestPracticesApi.MessageName, "none", 30, Guid.Empty, userId, inputs);
        return (string)context.OutputParameters[DataverseSharing.Plugins.Suggestions.SuggestPracticesApi.SuggestionsJsonProperty]!;
    }

    private TestPluginExecutionContext Run(IPlugin plugin, string message, string table, int stage, Guid id, Guid userId, Action<ParameterCollection> inputs)
    {
        var harness = new PluginHarness(user => new CountingService(user is { } u ? org.Organization.ServiceAs(u) : org.System, Counts));
        harness.Context.MessageName = message;
        harness.Context.PrimaryEntityName = table;
        harness.Context.PrimaryEntityId = id;
        harness.Context.Stage = stage;
        harness.Context.UserId = userId;
        harness.Context.OrganizationId = OrganizationId;
        harness.Context.OperationCreatedOn = org.Clock.GetUtcNow().UtcDateTime.AddHours(1);
        inputs(harness.Context.InputParameters);
        LastTracing = harness.Tracing;
        harness.Run(plugin);
        return harness.Context;
    }
}
