using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// The messages that are functions or actions in the Web API (WhoAmI, WinOpportunity, the bulk messages, custom
/// APIs) and the two the Web API expresses as a PATCH of the row (SetState, Assign).
/// </summary>
internal static class ActionOperations
{
    public static WebApiOperation WhoAmI() => new(HttpMethod.Get, "WhoAmI", result =>
    {
        var json = OperationContext.ReadObject(result);
        var response = new WhoAmIResponse { ResponseName = "WhoAmI" };
        foreach (var name in new[] { "UserId", "BusinessUnitId", "OrganizationId" })
        {
            response.Results[name] = Guid.Parse(json.Value<string>(name) ?? throw new InvalidDataException($"WhoAmI answered without {name}."));
        }

        return response;
    });

    /// <summary>SetState is deprecated in the Web API: the state and status are written as columns of the row.</summary>
    public static async Task<WebApiOperation> SetStateAsync(OperationContext context, SetStateRequest request, CancellationToken cancellation)
    {
        var target = request.EntityMoniker ?? throw Missing("SetState", "EntityMoniker");
        var row = new Entity(target.LogicalName, target.Id) { ["statecode"] = request.State, ["statuscode"] = request.Status };
        row.KeyAttributes.AddRange(target.KeyAttributes);
        return await Patch(context, row, "SetState", () => new SetStateResponse { ResponseName = "SetState" }, cancellation).ConfigureAwait(false);
    }

    public static async Task<WebApiOperation> AssignAsync(OperationContext context, AssignRequest request, CancellationToken cancellation)
    {
        var target = request.Target ?? throw Missing("Assign", "Target");
        var row = new Entity(target.LogicalName, target.Id) { ["ownerid"] = request.Assignee ?? throw Missing("Assign", "Assignee") };
        row.KeyAttributes.AddRange(target.KeyAttributes);
        return await Patch(context, row, "Assign", () => new AssignResponse { ResponseName = "Assign" }, cancellation).ConfigureAwait(false);
    }

    /// <summary>WinOpportunity, LoseOpportunity: unbound actions taking the opportunityclose row (typed) and the status.</summary>
    public static async Task<WebApiOperation> CloseOpportunityAsync(OperationContext context, OrganizationRequest request, CancellationToken cancellation)
    {
        var close = request.Parameters.TryGetValue("OpportunityClose", out var value) && value is Entity entity ? entity : throw Missing(request.RequestName, "OpportunityClose");
        var status = request.Parameters.TryGetValue("Status", out var given) && given is OptionSetValue option ? option : throw Missing(request.RequestName, "Status");
        var table = await context.TableAsync(close.LogicalName, cancellation).ConfigureAwait(false);
        var body = new JObject
        {
            ["OpportunityClose"] = await context.Writer.WriteAsync(close, table, typed: true, cancellation).ConfigureAwait(false),
            ["Status"] = status.Value,
        };
        OrganizationResponse Read(WebApiResult _) => request.RequestName == "WinOpportunity"
            ? new WinOpportunityResponse { ResponseName = "WinOpportunity" }
            : new LoseOpportunityResponse { ResponseName = "LoseOpportunity" };
        return new WebApiOperation(HttpMethod.Post, request.RequestName, Read) { Body = OperationContext.Serialize(body) };
    }

    /// <summary>
    /// CreateMultiple, UpdateMultiple, UpsertMultiple: actions bound to the entity set, every target typed. Creates
    /// get ids chosen here (a retried bulk create meets its own rows as duplicates instead of doubling them). The Web
    /// API's UpsertMultiple answers 204 without results, so the response's Results is not filled.
    /// </summary>
    public static async Task<WebApiOperation> MultipleAsync(OperationContext context, OrganizationRequest request, CancellationToken cancellation)
    {
        var targets = request.Parameters.TryGetValue("Targets", out var value) && value is EntityCollection collection ? collection : throw Missing(request.RequestName, "Targets");
        var tableName = targets.EntityName ?? targets.Entities.FirstOrDefault()?.LogicalName ?? throw Missing(request.RequestName, "Targets.EntityName");
        var table = await context.TableAsync(tableName, cancellation).ConfigureAwait(false);
        var array = new JArray();
        var ids = new Guid[targets.Entities.Count];
        for (var i = 0; i < targets.Entities.Count; i++)
        {
            var target = targets.Entities[i];
            var json = await context.Writer.WriteAsync(target, table, typed: true, cancellation).ConfigureAwait(false);
            var id = target.Id != Guid.Empty ? target.Id : target.GetAttributeValue<Guid>(table.PrimaryIdAttribute);
            if (request.RequestName == "CreateMultiple" && id == Guid.Empty)
            {
                id = Guid.NewGuid();
            }

            if (id != Guid.Empty)
            {
                json[table.PrimaryIdAttribute] = id.ToString("D");
            }
            else if (target.KeyAttributes.Count > 0)
            {
                json["@odata.id"] = ODataLiterals.RowPath(table, target);
            }

            ids[i] = id;
            array.Add(json);
        }

        var body = new JObject { ["Targets"] = array };
        OrganizationResponse Read(WebApiResult result)
        {
            var response = new OrganizationResponse { ResponseName = request.RequestName };
            if (request.RequestName == "CreateMultiple")
            {
                var json = OperationContext.ReadObject(result);
                response = new CreateMultipleResponse { ResponseName = request.RequestName };
                response.Results["Ids"] = json["Ids"] is JArray returned ? returned.Select(id => Guid.Parse((string)id!)).ToArray() : ids;
            }
            else if (request.RequestName == "UpdateMultiple")
            {
                response = new UpdateMultipleResponse { ResponseName = request.RequestName };
            }

            return response;
        }

        return new WebApiOperation(HttpMethod.Post, $"{table.EntitySetName}/Microsoft.Dynamics.CRM.{request.RequestName}", Read)
        {
            Body = OperationContext.Serialize(body),
        };
    }

    /// <summary>Any other message (a custom API such as dvs_SuggestPractices): an unbound action, parameters as JSON.</summary>
    public static async Task<WebApiOperation> UnboundActionAsync(OperationContext context, OrganizationRequest request, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(request.RequestName))
        {
            throw Missing("OrganizationRequest", "RequestName");
        }

        var body = new JObject();
        foreach (var (name, value) in request.Parameters)
        {
            body[name] = await ParameterAsync(context, name, value, cancellation).ConfigureAwait(false);
        }

        return new WebApiOperation(HttpMethod.Post, Uri.EscapeDataString(request.RequestName), result =>
        {
            var response = new OrganizationResponse { ResponseName = request.RequestName };
            foreach (var property in OperationContext.ReadObject(result).Properties())
            {
                if (!property.Name.Contains('@', StringComparison.Ordinal) && property.Value.Type != JTokenType.Null)
                {
                    response.Results[property.Name] = EntityJsonReader.Untyped(property.Value);
                }
            }

            return response;
        })
        { Body = OperationContext.Serialize(body) };
    }

    private static async Task<JToken> ParameterAsync(OperationContext context, string name, object? value, CancellationToken cancellation)
    {
        switch (value)
        {
            case Entity entity:
                var table = await context.TableAsync(entity.LogicalName, cancellation).ConfigureAwait(false);
                return await context.Writer.WriteAsync(entity, table, typed: true, cancellation).ConfigureAwait(false);
            case EntityReference reference:
                var target = await context.TableAsync(reference.LogicalName, cancellation).ConfigureAwait(false);
                return new JObject { ["@odata.type"] = $"Microsoft.Dynamics.CRM.{target.LogicalName}", [target.PrimaryIdAttribute] = reference.Id.ToString("D") };
            case EntityCollection rows:
                var array = new JArray();
                foreach (var row in rows.Entities)
                {
                    array.Add(await ParameterAsync(context, name, row, cancellation).ConfigureAwait(false));
                }

                return array;
            default:
                return EntityJsonWriter.Primitive(null, name, value);
        }
    }

    private static async Task<WebApiOperation> Patch(OperationContext context, Entity row, string message, Func<OrganizationResponse> response, CancellationToken cancellation)
    {
        var table = await context.TableAsync(row.LogicalName, cancellation).ConfigureAwait(false);
        var body = await context.Writer.WriteAsync(row, table, typed: false, cancellation).ConfigureAwait(false);
        return new WebApiOperation(HttpMethod.Patch, ODataLiterals.RowPath(table, row), _ => response())
        {
            Body = OperationContext.Serialize(body),
            Headers = [new("If-Match", "*")],
        };
    }

    private static System.ServiceModel.FaultException<OrganizationServiceFault> Missing(string message, string parameter) =>
        WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{message} requires {parameter}.");
}
