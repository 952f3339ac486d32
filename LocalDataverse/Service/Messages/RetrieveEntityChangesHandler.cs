using System.Globalization;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// RetrieveEntityChanges (the message name of Dataverse's change tracking): the rows of a table created or updated
/// since a data token, oldest change first, and the token to pass next time. The engine stamps every write with the
/// growing versionnumber, so the token is the highest versionnumber returned. The SDK here has no
/// RetrieveEntityChangesRequest/BusinessEntityChanges, so the request is generic (EntityName, Columns, DataVersion)
/// and the results are "NewOrUpdated" (an EntityCollection) and "DataToken"; <see cref="ChangeTracking"/> wraps it.
/// Deleted rows are not reported: the engine keeps no tombstones.
/// </summary>
internal sealed class RetrieveEntityChangesHandler : IMessageHandler
{
    public string MessageName => "RetrieveEntityChanges";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var name = request.Parameters.TryGetValue("EntityName", out var value) ? value as string : null;
        var table = TableLookup.Table(context.Catalog, name ?? throw DataverseFaults.InvalidArgument("RetrieveEntityChanges requires an EntityName."));
        if (table.FindColumn("versionnumber") is null)
        {
            throw DataverseFaults.InvalidArgument($"The entity '{table.LogicalName}' has no versionnumber: its changes cannot be tracked.");
        }

        var since = ParseToken(RequestParameters.Get<string>(request, "DataVersion"));
        var columns = RetrieveHandler.Columns(table, RequestParameters.Get<ColumnSet>(request, "Columns") ?? new ColumnSet(true));
        var changed = new List<(Guid Id, long Version)>();
        using (var command = context.Command(
            $"SELECT {SqlIdentifier.Quote(table.PrimaryIdAttribute)}, \"versionnumber\" FROM {SqlIdentifier.Quote(table.LogicalName)} " +
            "WHERE \"versionnumber\" > $since ORDER BY \"versionnumber\";"))
        {
            command.Parameters.AddWithValue("$since", since);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                changed.Add((Guid.Parse(reader.GetString(0)), reader.GetInt64(1)));
            }
        }

        var store = new RecordStore(context, table);
        var rows = new EntityCollection { EntityName = table.LogicalName };
        foreach (var (id, _) in changed)
        {
            rows.Entities.Add(store.Read(id, columns)!);
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        response["NewOrUpdated"] = rows;
        response["DataToken"] = (changed.Count > 0 ? changed[^1].Version : since).ToString(CultureInfo.InvariantCulture);
        return response;
    }

    private static long ParseToken(string? token) =>
        string.IsNullOrEmpty(token) ? 0
        : long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw DataverseFaults.InvalidArgument($"'{token}' is not a data token returned by RetrieveEntityChanges.");
}
