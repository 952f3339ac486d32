using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// Writes an import job's row (importjob) as the platform does, without plug-ins or security: each progress write
/// is a transaction of its own (a reader polling the job sees it move), the final one joins the import's.
/// </summary>
internal sealed class ImportJobRows(LocalDatabase database, TimeProvider clock, Guid userId)
{
    public const string Table = "importjob";

    private readonly LocalOrganizationService system = new(database, LocalOrganizationService.SystemUserId, clock: clock);

    public Guid UserId => userId;

    public void Write(Entity row)
    {
        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.Criteria.AddCondition("importjobid", ConditionOperator.Equal, row.Id);
        if (system.RetrieveMultiple(query).Entities.Count == 0)
        {
            system.Create(row);
        }
        else
        {
            system.Update(row);
        }
    }

    /// <summary>The job's row with its log, or null when there is no such job.</summary>
    public Entity? Read(Guid importJobId)
    {
        var query = new QueryExpression(Table) { ColumnSet = new ColumnSet("data", "solutionname", "progress", "completedon"), TopCount = 1 };
        query.Criteria.AddCondition("importjobid", ConditionOperator.Equal, importJobId);
        return system.RetrieveMultiple(query).Entities.FirstOrDefault();
    }
}
