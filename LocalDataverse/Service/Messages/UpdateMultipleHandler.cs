using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// UpdateMultiple: updates every target with the rules of Update, all or nothing (one request, one transaction).
/// As on the platform, steps registered on Update run for each item: the items then go through the service as
/// Update requests inside this transaction (as they do when security roles are enforced, so each is authorized).
/// </summary>
internal sealed class UpdateMultipleHandler : IMessageHandler
{
    private readonly UpdateHandler update = new();

    /// <summary>Each target checked as an Update of it alone.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.EachTarget("Update");

    public string MessageName => "UpdateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var (table, entities) = MultipleTargets.Read(request, context);
        var perItemSteps = MultipleTargets.RunPerItem(context, "Update", table);
        foreach (var entity in entities)
        {
            var item = new UpdateRequest { Target = entity };
            if (perItemSteps)
            {
                context.Service.Execute(item);
            }
            else
            {
                update.Handle(item, context);
            }
        }

        return new UpdateMultipleResponse { ResponseName = MessageName };
    }
}
