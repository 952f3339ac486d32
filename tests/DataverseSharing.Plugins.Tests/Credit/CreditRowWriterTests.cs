using DataverseSharing.Plugins.Credit;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Credit;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Tests.Credit;

/// <summary>Refreshing a credit row while other refreshes and new facts land at the same time.</summary>
public sealed class CreditRowWriterTests : IDisposable
{
    private readonly GuardedOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void Refresh_AnotherJobWritesNewerCountsBetweenItsReadAndWrite_StartsOverAndKeepsTheNewerCount()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        CreditRowWriter.Refresh(org.System, org.Manager);

        // Between this refresh's read of the facts and its write, a rep applies the practice and that fact's own
        // refresh writes first: the stale count must not land on top.
        var racing = new RacingService(org.System, () =>
        {
            CreditRows.Suggest(org.System, org.Deal(won: null), practice, PracticeSuggestionSchema.StatusApplied);
            CreditRowWriter.Refresh(org.System, org.Manager);
        });
        CreditRows.Suggest(org.System, org.Deal(won: null, name: "First"), practice, PracticeSuggestionSchema.StatusApplied);
        CreditRowWriter.Refresh(racing, org.Manager);

        Assert.Equal(1, racing.Raced);
        Assert.Equal(2, CreditRows.Counts(org.System, org.Manager).Applied);
    }

    [Fact]
    public async Task Refresh_EightJobsAtOnceWhileFactsLand_EndsWithEveryFactCounted()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        var deals = Enumerable.Range(0, 8).Select(i => org.Deal(won: null, name: "Deal " + i)).ToList();
        using var start = new Barrier(deals.Count);

        await Task.WhenAll(deals.Select(deal => Task.Run(() =>
        {
            start.SignalAndWait();
            CreditRows.Suggest(org.System, deal, practice, PracticeSuggestionSchema.StatusApplied);
            CreditRowWriter.Refresh(org.System, org.Manager);
        })));

        Assert.Equal((1, 0, 8, 0), CreditRows.Counts(org.System, org.Manager));
        Assert.NotNull(CreditRows.Of(org.System, org.Manager));
    }

    [Fact]
    public void Refresh_CountsAlreadyCurrent_WritesNothing()
    {
        var practice = org.Practice(org.Admin, BestPracticeSchema.StatusApproved);
        CreditRows.Credit(org.System, practice, org.Manager);
        Assert.True(CreditRowWriter.Refresh(org.System, org.Manager));

        Assert.False(CreditRowWriter.Refresh(org.System, org.Manager));
    }

    /// <summary>Runs <c>race</c> once, just before the first write of a credit row goes through.</summary>
    private sealed class RacingService(IOrganizationService inner, Action race) : IOrganizationService
    {
        public int Raced { get; private set; }

        public Guid Create(Entity entity) => inner.Create(Race(entity));

        public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

        public void Update(Entity entity) => inner.Update(Race(entity));

        public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

        public OrganizationResponse Execute(OrganizationRequest request)
        {
            if (request is UpdateRequest { Target: { } target })
            {
                Race(target);
            }

            return inner.Execute(request);
        }

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Associate(entityName, entityId, relationship, relatedEntities);

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
            inner.Disassociate(entityName, entityId, relationship, relatedEntities);

        public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);

        private Entity Race(Entity entity)
        {
            if (entity.LogicalName == ContributorCreditSchema.Table && Raced++ == 0)
            {
                race();
            }

            return entity;
        }
    }
}
