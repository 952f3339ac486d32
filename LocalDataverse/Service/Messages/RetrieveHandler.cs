using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Retrieve: one row by id, with the requested columns that hold a value.</summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Read();

    public string MessageName => "Retrieve";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<EntityReference>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Retrieve requires a Target entity reference.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        var columns = Columns(table, RequestParameters.Get<ColumnSet>(request, "ColumnSet") ?? new ColumnSet());
        var id = AlternateKeyLookup.Resolve(context, table, target);
        var entity = new RecordStore(context, table).Read(id, columns)
            ?? throw DataverseFaults.RecordNotFound(table.LogicalName, id);
        var response = new RetrieveResponse();
        response["Entity"] = entity;
        return response;
    }

    /// <summary>The columns a column set names, each checked against the table; all of them for AllColumns.</summary>
    internal static IReadOnlyList<ColumnDefinition> Columns(TableDefinition table, ColumnSet columnSet) =>
        columnSet.AllColumns
            ? table.Columns
            : columnSet.Columns.Select(name => TableLookup.Column(table, name)).ToList();
}
