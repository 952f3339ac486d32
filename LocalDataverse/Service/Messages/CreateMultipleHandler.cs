using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>
/// CreateMultiple: creates every target with the rules of Create, all or nothing, and returns the ids in order.
/// Built for bulk loads: rows go through one prepared INSERT (see BulkRowInserter). As on the platform, steps
/// registered on Create run for each item; when there are any, or when security roles are enforced, the items go
/// through the service as Create requests inside this transaction instead (slower, but every Create step sees its
/// row and every row is authorized as a Create).
/// </summary>
internal sealed class CreateMultipleHandler : IMessageHandler
{
    /// <summary>Each target checked as a Create of it alone.</summary>
    public MessagePrivileges Privileges => MessagePrivileges.EachTarget("Create");

    public string MessageName => "CreateMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var (table, entities) = MultipleTargets.Read(request, context);
        var ids = new Guid[entities.Count];
        if (MultipleTargets.RunPerItem(context, "Create", table))
        {
            for (var i = 0; i < entities.Count; i++)
            {
                ids[i] = ((CreateResponse)context.Service.Execute(new CreateRequest { Target = entities[i] })).id;
            }
        }
        else
        {
            var values = new BulkCreateValues(context, table);
            using var inserter = new BulkRowInserter(context, table);
            for (var i = 0; i < entities.Count; i++)
            {
                var target = entities[i];
                ids[i] = target.Id != Guid.Empty ? target.Id
                    : target.GetAttributeValue<Guid?>(table.PrimaryIdAttribute) is { } given && given != Guid.Empty ? given
                    : Guid.NewGuid();
                inserter.Insert(ids[i], values.For(target, ids[i]));

                // Known to exist now: lookups of later rows to it need no query.
                values.Created(ids[i]);
            }
        }

        var response = new CreateMultipleResponse { ResponseName = MessageName };
        response["Ids"] = ids;
        return response;
    }
}
