using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Upsert: updates the row the target names (by id or alternate key) or creates it when there is none, with the
/// key values as column values, as sync does with practices across environments. As in Dataverse, the create or
/// update it turns into is a request of its own: its Create or Update steps run (anyone's guards among them) and its
/// privileges are checked, so an upsert can never write what the same Create or Update would be refused.
/// </summary>
internal sealed class UpsertHandler : IMessageHandler
{
    public MessagePrivileges Privileges => MessagePrivileges.Upsert();

    public string MessageName => "Upsert";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<Entity>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Upsert requires a Target entity.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        Guid? existing = target.Id != Guid.Empty
            ? (new RecordStore(context, table).Exists(target.Id) ? target.Id : null)
            : target.KeyAttributes.Count > 0 ? AlternateKeyLookup.Find(context, table, target.KeyAttributes) : null;

        var copy = new Entity(table.LogicalName, existing ?? target.Id);
        foreach (var (name, value) in target.Attributes)
        {
            copy[name] = value;
        }

        if (existing is null)
        {
            foreach (var (name, value) in target.KeyAttributes)
            {
                copy[name] = value;
            }

            var created = (CreateResponse)context.Service.Execute(new CreateRequest { Target = copy });
            return Response(true, new EntityReference(table.LogicalName, created.id));
        }

        context.Service.Execute(new UpdateRequest { Target = copy });
        return Response(false, new EntityReference(table.LogicalName, existing.Value));
    }

    private static UpsertResponse Response(bool created, EntityReference target)
    {
        var response = new UpsertResponse();
        response["RecordCreated"] = created;
        response["Target"] = target;
        return response;
    }
}
