using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Create: validates the target, fills the maintained columns and inserts the row; returns its id.</summary>
internal sealed class CreateHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Create();

    public string MessageName => "Create";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<Entity>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Create requires a Target entity.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        var id = target.Id != Guid.Empty ? target.Id
            : target.GetAttributeValue<Guid?>(table.PrimaryIdAttribute) is { } given && given != Guid.Empty ? given
            : Guid.NewGuid();
        var store = new RecordStore(context, table);
        if (store.Exists(id))
        {
            throw DataverseFaults.DuplicateId(table.LogicalName, id);
        }

        store.Insert(id, RecordWriter.ForCreate(context, table, target, id));
        var response = new CreateResponse();
        response["id"] = id;
        return response;
    }
}
