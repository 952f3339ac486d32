using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// Associate and Disassociate through the collection-valued navigation property, which Dataverse names after the
/// relationship's schema name: <c>POST accounts(id)/rel/$ref</c> with the other row's address, and
/// <c>DELETE accounts(id)/rel(otherid)/$ref</c>; one call per related row.
/// </summary>
internal static class AssociationOperations
{
    public static async Task<List<WebApiOperation>> AssociateAsync(
        OperationContext context, EntityReference target, Relationship relationship, EntityReferenceCollection related, bool associate, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(related);
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var source = ODataLiterals.RowPath(table, target);
        var navigation = Uri.EscapeDataString(relationship.SchemaName);
        var operations = new List<WebApiOperation>();
        foreach (var other in related)
        {
            var otherTable = await context.TableAsync(other.LogicalName, cancellation).ConfigureAwait(false);
            if (associate)
            {
                var body = new JObject { ["@odata.id"] = new Uri(context.BaseAddress, ODataLiterals.RowPath(otherTable, other)).AbsoluteUri };
                operations.Add(new WebApiOperation(HttpMethod.Post, $"{source}/{navigation}/$ref", _ => new AssociateResponse { ResponseName = "Associate" })
                {
                    Body = OperationContext.Serialize(body),
                });
            }
            else
            {
                operations.Add(new WebApiOperation(HttpMethod.Delete, $"{source}/{navigation}({other.Id:D})/$ref", _ => new DisassociateResponse { ResponseName = "Disassociate" }));
            }
        }

        if (operations.Count == 0)
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{(associate ? "Associate" : "Disassociate")} on {relationship.SchemaName} names no related rows.");
        }

        return operations;
    }
}
