using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// RetrieveEntityChanges (the message name of Dataverse's change tracking): the rows of a table created or updated
/// since a data token, oldest change first, and the token to pass next time. The engine stamps every write with the
/// growing versionnumber, so the token is the highest versionnumber returned, with the time it was issued: a token
/// older than seven days faults ExpiredVersionStamp, as documented (see <see cref="DataToken"/>). The SDK here has no
/// RetrieveEntityChangesRequest/BusinessEntityChanges, so the request is generic (EntityName, Columns, DataVersion)
/// and the results are "NewOrUpdated" (an EntityCollection), "RemovedOrDeleted" (an EntityReferenceCollection, from
/// the tombstones every delete leaves) and "DataToken"; <see cref="ChangeTracking"/> wraps it.
/// </summary>
internal sealed class RetrieveEntityChangesHandler : IMessageHandler
{
    private const string Version = "versionnumber";

    /// <summary>Read on the table; the rows come through RetrieveMultiple, narrowed to those the caller may read.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.ReadTable("EntityName");

    public string MessageName => "RetrieveEntityChanges";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var name = request.Parameters.TryGetValue("EntityName", out var value) ? value as string : null;
        var table = TableLookup.Table(context.Catalog, name ?? throw DataverseFaults.InvalidArgument("RetrieveEntityChanges requires an EntityName."));
        if (table.FindColumn(Version) is null)
        {
            throw DataverseFaults.InvalidArgument($"The entity '{table.LogicalName}' has no versionnumber: its changes cannot be tracked.");
        }

        var since = DataToken.VersionToUse(RequestParameters.Get<string>(request, "DataVersion"), context.Now);
        var columns = RequestParameters.Get<ColumnSet>(request, "Columns") ?? new ColumnSet(true);
        var keepVersion = columns.AllColumns || columns.Columns.Contains(Version);
        var rows = new EntityCollection { EntityName = table.LogicalName };
        var token = since;
        foreach (var row in Changed(context, table.LogicalName, columns, since))
        {
            token = Math.Max(token, row.GetAttributeValue<long>(Version));
            if (!keepVersion)
            {
                row.Attributes.Remove(Version);
            }

            rows.Entities.Add(row);
        }

        var deleted = new EntityReferenceCollection();
        foreach (var (id, version) in Deleted(context, table.LogicalName, since))
        {
            token = Math.Max(token, version);
            deleted.Add(new EntityReference(table.LogicalName, id));
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        response["NewOrUpdated"] = rows;
        response["RemovedOrDeleted"] = deleted;
        response["DataToken"] = new DataToken(token, context.Now).ToString();
        return response;
    }

    // Through RetrieveMultiple on the service, so a caller under security roles gets only the rows it may read.
    private static IEnumerable<Entity> Changed(RequestContext context, string table, ColumnSet columns, long since)
    {
        var query = new QueryExpression(table)
        {
            ColumnSet = columns.AllColumns ? new ColumnSet(true) : new ColumnSet(columns.Columns.Append(Version).Distinct().ToArray()),
            PageInfo = new PagingInfo { Count = Query.QueryTranslator.MaxPageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(Version, ConditionOperator.GreaterThan, since);
        query.AddOrder(Version, OrderType.Ascending);
        while (true)
        {
            var page = ((RetrieveMultipleResponse)context.Service.Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;
            foreach (var row in page.Entities)
            {
                yield return row;
            }

            if (!page.MoreRecords)
            {
                yield break;
            }

            query.PageInfo.PageNumber++;
        }
    }

    // A deleted row can no longer be checked against the caller's rights; as on the platform its id is reported.
    private static List<(Guid Id, long Version)> Deleted(RequestContext context, string table, long since)
    {
        using var command = context.Command(
            $"SELECT \"id\", \"version\" FROM {Storage.SqlIdentifier.Quote(Storage.DeletedRows.Table)} WHERE \"table\" = $table AND \"version\" > $since ORDER BY \"version\";");
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$since", since);
        using var reader = command.ExecuteReader();
        var deleted = new List<(Guid, long)>();
        while (reader.Read())
        {
            deleted.Add((Guid.Parse(reader.GetString(0)), reader.GetInt64(1)));
        }

        return deleted;
    }
}
