using System;
using System.Linq;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Credit;

/// <summary>
/// A revision keeps the credit of the practice it revises: when a practice is created as the next version of
/// another (dvs_previousversionid), the previous version's contributors become its contributors, in the same
/// transaction as the Create, whoever sends it (`practices revise`, a form, an import).
/// </summary>
/// <remarks>
/// As SYSTEM: the editor revising the practice may hold Append To on users only within their unit, but the credit
/// belongs to whoever earned it. The contributor links trigger the credit step, which counts a practice and its
/// revisions once.
/// </remarks>
[PluginStep("545f9d37-bda7-4d3b-b6eb-5000e0cedf30", "Create", BestPracticeSchema.Table, PipelineStage.PostOperation, StepMode.Synchronous,
    Description = "A revision gets the contributors of the version it revises")]
public sealed class RevisionContributors : PluginBase
{
    public RevisionContributors()
        : this(null, null)
    {
    }

    public RevisionContributors(string? unsecureConfiguration, string? secureConfiguration)
        : base(unsecureConfiguration, secureConfiguration)
    {
    }

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var revision = context.TargetEntity
            ?? throw new InvalidPluginExecutionException($"Create of {BestPracticeSchema.Table} reached the revision step without a Target.");
        if (revision.GetAttributeValue<EntityReference>(BestPracticeSchema.PreviousVersion) is not { } previous)
        {
            return;
        }

        var id = context.ExecutionContext.PrimaryEntityId;
        var inherited = CreditFactsReader.ContributorsOf(context.SystemService, previous.Id);
        var already = CreditFactsReader.ContributorsOf(context.SystemService, id);
        var missing = inherited.Except(already).Select(u => new EntityReference("systemuser", u)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        context.SystemService.Associate(BestPracticeSchema.Table, id, new Relationship(BestPracticeSchema.ContributorRelationship), new EntityReferenceCollection(missing));
        context.Trace($"revision {id:D} credits the {missing.Count} contributor(s) of {previous.Id:D}");
    }
}
