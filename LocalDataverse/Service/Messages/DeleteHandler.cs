using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Delete: removes the row, with the cascades of the relationships in which it is the parent.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Delete();

    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<EntityReference>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Delete requires a Target entity reference.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        var id = AlternateKeyLookup.Resolve(context, table, target);
        if (new RecordStore(context, table).Exists(id))
        {
            RowVersionCheck.Enforce(request, context, table, id, target.RowVersion);
        }

        if (!CascadeDelete.Delete(context, table, id))
        {
            throw DataverseFaults.RecordNotFound(table.LogicalName, id);
        }

        return new DeleteResponse();
    }
}
