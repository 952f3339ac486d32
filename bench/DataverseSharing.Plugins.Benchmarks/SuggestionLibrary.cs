using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Engine;
using DataverseSharing.Testing.Practices;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Plugins.Benchmarks;

/// <summary>An org with <c>size</c> approved practices (the tests' synthetic library) and one open deal at Develop.</summary>
public sealed class SuggestionLibrary : IDisposable
{
    public SuggestionLibrary(int size)
    {
        Org = new SuggestionOrg();
        foreach (var batch in SomePractices.Library(size).Chunk(1000))
        {
            var targets = new EntityCollection { EntityName = BestPracticeSchema.Table };
            foreach (var practice in batch)
            {
                var row = PracticeMapper.ToEntity(practice with { Status = PracticeStatus.Approved });
                row[BestPracticeSchema.PracticeKey] = "BP-" + practice.Id;
                row[BestPracticeSchema.StatusCode] = new OptionSetValue(BestPracticeSchema.StatusApproved);
                targets.Entities.Add(row);
            }

            Org.Library.Execute(new CreateMultipleRequest { Targets = targets });
        }

        Deal = Org.CreateOpportunity(new Entity
        {
            [OpportunitySchema.SalesStage] = new OptionSetValue((int)SalesStage.Develop),
            [OpportunitySchema.Description] = "Procurement wants a pilot before signing; the CFO asks about payback.",
            [OpportunitySchema.Competitors] = "SAP",
        });

        // A library last changed a second ago or more is settled, so the cache keeps it.
        Org.Clock.Advance(TimeSpan.FromHours(1));
        Org.Drain();
    }

    public SuggestionOrg Org { get; }

    public Guid Deal { get; }

    /// <summary>Moves the deal to the other of two stages and runs the queued step: an update, end to end.</summary>
    public void ToggleStage(ref bool atClose)
    {
        atClose = !atClose;
        Org.Rep.Update(new Entity(OpportunitySchema.Table, Deal) { [OpportunitySchema.SalesStage] = new OptionSetValue((int)(atClose ? SalesStage.Close : SalesStage.Develop)) });
        Org.Drain();
    }

    public void Dispose() => Org.Dispose();
}
