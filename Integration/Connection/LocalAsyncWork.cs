using DataverseSharing.LocalDataverse;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Connection;

/// <summary>The embedded org's system job queue, run through LocalDataverse's public <see cref="LocalOrganization.AsyncJobs"/>.</summary>
public sealed class LocalAsyncWork(LocalOrganization organization, TimeProvider clock) : IAsyncWork
{
    public int Pending()
    {
        var query = new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(false) };
        // Locked (2) too: a job a killed process left locked is run again by the drain; one another live process
        // runs is skipped by it, so counting it costs one quick drain at most.
        query.Criteria.AddCondition("statecode", ConditionOperator.In, 0, 1, 2);
        query.Criteria.AddCondition("postponeuntil", ConditionOperator.LessEqual, clock.GetUtcNow().UtcDateTime);
        return organization.SystemService.RetrieveMultiple(query).Entities.Count;
    }

    public AsyncWorkResult RunPending()
    {
        var result = organization.AsyncJobs.Drain();
        return new AsyncWorkResult(result.Succeeded, result.Failed, result.Postponed);
    }
}
