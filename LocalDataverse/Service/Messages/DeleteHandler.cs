using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Records;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// Delete: removes the row. Cascades over relationships come with the pipeline; until then a delete removes
/// the row alone.
/// </summary>
internal sealed class DeleteHandler : IMessageHandler
{
    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var target = RequestParameters.Get<EntityReference>(request, "Target") ?? throw DataverseFaults.InvalidArgument("Delete requires a Target entity reference.");
        var table = TableLookup.Table(context.Catalog, target.LogicalName);
        if (!new RecordStore(context, table).Delete(target.Id))
        {
            throw DataverseFaults.RecordNotFound(table.LogicalName, target.Id);
        }

        return new DeleteResponse();
    }
}
