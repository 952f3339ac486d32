using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Writes seed rows through the service, as a caller would: CreateMultiple in batches of 1,000 when the engine
/// handles it, otherwise one Create a row. Either way every row goes through the same validation as in use.
/// </summary>
public static class RowLoader
{
    public const int BatchSize = 1_000;

    /// <summary>
    /// Whether this build of the engine handles CreateMultiple, found by sending one to a throwaway organization
    /// through the public service (the engine's handler registry is internal).
    /// </summary>
    public static bool HasCreateMultiple { get; } = ProbeCreateMultiple();

    public static int Load(IOrganizationService service, IEnumerable<Entity> rows)
    {
        var count = 0;
        if (!HasCreateMultiple)
        {
            foreach (var row in rows)
            {
                service.Create(row);
                count++;
            }

            return count;
        }

        foreach (var batch in rows.Chunk(BatchSize))
        {
            service.Execute(CreateMultiple(batch));
            count += batch.Length;
        }

        return count;
    }

    public static CreateMultipleRequest CreateMultiple(IEnumerable<Entity> rows)
    {
        var targets = new EntityCollection { EntityName = null };
        foreach (var row in rows)
        {
            targets.EntityName ??= row.LogicalName;
            targets.Entities.Add(row);
        }

        return new CreateMultipleRequest { Targets = targets };
    }

    private static bool ProbeCreateMultiple()
    {
        using var organization = BenchmarkOrganizations.EmptyInMemory();
        try
        {
            organization.SystemService.Execute(CreateMultiple([new Entity("account") { ["name"] = "probe" }]));
            return true;
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            return false;
        }
    }
}
