using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Change tracking for sync code: the rows of a table created, updated or deleted since the last call. Pass null the first
/// time (every row), then the <see cref="EntityChanges.DataToken"/> of the previous result. A token older than seven
/// days faults ExpiredVersionStamp (0x80044352), as on Dataverse: start again with null (a full sync). Runs the
/// RetrieveEntityChanges message, so it works through any IOrganizationService of the engine.
/// </summary>
internal static class ChangeTracking
{
    public static EntityChanges GetChanges(IOrganizationService service, string table, string? dataToken, params string[] columns)
    {
        ArgumentNullException.ThrowIfNull(service);
        var request = new OrganizationRequest("RetrieveEntityChanges")
        {
            ["EntityName"] = table,
            ["DataVersion"] = dataToken,
            ["Columns"] = columns.Length == 0 ? new Microsoft.Xrm.Sdk.Query.ColumnSet(true) : new Microsoft.Xrm.Sdk.Query.ColumnSet(columns),
        };
        var response = service.Execute(request);
        return new EntityChanges(
            ((EntityCollection)response["NewOrUpdated"]!).Entities.ToList(),
            ((EntityReferenceCollection)response["RemovedOrDeleted"]!).ToList(),
            (string)response["DataToken"]!);
    }
}

/// <summary>The rows created or updated since a token (oldest change first), the rows deleted since, and the token for the next call.</summary>
internal sealed record EntityChanges(IReadOnlyList<Entity> NewOrUpdated, IReadOnlyList<EntityReference> RemovedOrDeleted, string DataToken);
