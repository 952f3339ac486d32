using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Update: validates the changed attributes and writes them to an existing row.</summary>
internal sealed class UpdateHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Update();

    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<Entity>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Update requires a Target entity.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.GetAttributeValue<Guid?>(table.PrimaryIdAttribute) is { } given ? given
            : target.KeyAttributes.Count > 0 ? AlternateKeyLookup.Find(context, table, target.KeyAttributes) ?? throw DataverseFaults.NoRecordWithKey(table.LogicalName)
            : Guid.Empty;
        if (id == Guid.Empty)
        {
            throw DataverseFaults.InvalidArgument($"Entity Id must be specified for Update of '{table.LogicalName}'.");
        }

        var store = new RecordStore(context, table);
        if (!store.Exists(id))
        {
            throw DataverseFaults.RecordNotFound(table.LogicalName, id);
        }

        RowVersionCheck.Enforce(request, context, table, id, target.RowVersion);
        store.Update(id, RecordWriter.ForUpdate(context, table, target, id));
        return new UpdateResponse();
    }
}
