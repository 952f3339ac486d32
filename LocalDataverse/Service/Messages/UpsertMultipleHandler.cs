using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// UpsertMultiple: upserts every target with the rules of Upsert (by id or alternate key), all or nothing.
/// The 9.0 SDK assemblies have no typed UpsertMultipleRequest, so callers send OrganizationRequest("UpsertMultiple")
/// with Targets; the response's "Results" holds one UpsertResponse per target, in order, as the platform returns.
/// </summary>
internal sealed class UpsertMultipleHandler : IMessageHandler
{
    private readonly UpsertHandler upsert = new();

    /// <summary>Each target checked as an Upsert of it alone: Create or Update, whichever happens.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.EachTarget("Upsert");

    public string MessageName => "UpsertMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var (table, entities) = MultipleTargets.Read(request, context);
        var perItem = MultipleTargets.RunPerItem(context, "Upsert", table)
            || MultipleTargets.RunPerItem(context, "Create", table)
            || MultipleTargets.RunPerItem(context, "Update", table);
        var results = new UpsertResponse[entities.Count];
        for (var i = 0; i < entities.Count; i++)
        {
            var item = new UpsertRequest { Target = entities[i] };
            results[i] = (UpsertResponse)(perItem ? context.Service.Execute(item) : upsert.Handle(item, context));
        }

        var response = new OrganizationResponse { ResponseName = MessageName };
        response["Results"] = results;
        return response;
    }
}
