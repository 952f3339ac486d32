using System.Net;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// Functions and actions: GET WhoAmI, POST WinOpportunity/LoseOpportunity, the bulk messages bound to an entity set
/// (<c>accounts/Microsoft.Dynamics.CRM.CreateMultiple</c>, UpdateMultiple, UpsertMultiple), and custom APIs, unbound
/// (<c>POST dvs_SuggestPractices</c>) or bound to a row or entity set. Parameters are read with the types the
/// message or the custom API's registration gives; an unknown parameter is refused naming it.
/// </summary>
internal sealed class ActionEndpoints
{
    private readonly ServeContext serve;
    private readonly ParameterJson parameters;
    private readonly CustomApiCatalog customApis;

    public ActionEndpoints(ServeContext serve)
    {
        this.serve = serve;
        parameters = new ParameterJson(serve.Sets, serve.Reader);
        customApis = new CustomApiCatalog(serve.Organization);
    }

    /// <summary>Whether the segment names an operation this server serves unbound.</summary>
    public bool IsUnbound(string name) => name is "WhoAmI" or "WinOpportunity" or "LoseOpportunity" || SolutionEndpoints.Serves(name) || customApis.Find(name) is { Binding: CustomApiBindingType.Global };

    public WebApiResponse Unbound(WebApiRequest request, PathSegment segment)
    {
        switch (segment.Name)
        {
            case "WhoAmI":
                RequireMethod(request, "GET", segment);
                var whoAmI = (WhoAmIResponse)serve.ServiceFor(request).Execute(new WhoAmIRequest());
                return new WebApiResponse(HttpStatusCode.OK, new JObject
                {
                    ["@odata.context"] = serve.ApiUrl + "/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
                    ["BusinessUnitId"] = whoAmI.BusinessUnitId.ToString("D"),
                    ["UserId"] = whoAmI.UserId.ToString("D"),
                    ["OrganizationId"] = whoAmI.OrganizationId.ToString("D"),
                });
            case "WinOpportunity" or "LoseOpportunity":
                RequireMethod(request, "POST", segment);
                var body = JsonBody.Object(request.Body, segment.Name);
                Only(body, segment.Name, "OpportunityClose", "Status");
                var close = parameters.Row("OpportunityClose", body["OpportunityClose"] ?? throw WebApiException.BadRequest($"{segment.Name} needs an OpportunityClose."), "opportunityclose");
                var status = new OptionSetValue((int?)body["Status"] ?? throw WebApiException.BadRequest($"{segment.Name} needs a Status."));
                OrganizationRequest closeRequest = segment.Name == "WinOpportunity"
                    ? new WinOpportunityRequest { OpportunityClose = close, Status = status }
                    : new LoseOpportunityRequest { OpportunityClose = close, Status = status };
                serve.ServiceFor(request).Execute(closeRequest);
                return WebApiResponse.NoContent();
            case var name when SolutionEndpoints.Serves(name):
                return SolutionEndpoints.Handle(serve, request, segment);
            default:
                return CustomApi(request, customApis.Find(segment.Name)!, target: null, segment);
        }
    }

    /// <summary>POST set/Microsoft.Dynamics.CRM.&lt;name&gt;: the bulk messages, or a custom API bound to the entity set.</summary>
    public WebApiResponse BoundToSet(WebApiRequest request, TableDefinition table, PathSegment segment)
    {
        var name = OperationName(segment);
        if (name is "CreateMultiple" or "UpdateMultiple" or "UpsertMultiple")
        {
            RequireMethod(request, "POST", segment);
            var body = JsonBody.Object(request.Body, name);
            Only(body, name, "Targets");
            var targets = body["Targets"] as JArray ?? throw WebApiException.BadRequest($"{name} needs Targets, an array of {table.LogicalName} rows each with its @odata.type.");
            var rows = new EntityCollection { EntityName = table.LogicalName };
            foreach (var item in targets)
            {
                if (item is not JObject row || row["@odata.type"] is null)
                {
                    throw WebApiException.BadRequest($"Every item of the Targets of {name} is a row with \"@odata.type\": \"{ParameterJson.TypePrefix}{table.LogicalName}\".");
                }

                rows.Entities.Add(parameters.Row("Targets", row, table.LogicalName));
            }

            var bulk = new OrganizationRequest(name) { ["Targets"] = rows };
            var response = serve.ServiceFor(request).Execute(bulk);
            if (name != "CreateMultiple")
            {
                return WebApiResponse.NoContent(); // As Dataverse: UpdateMultiple and UpsertMultiple answer 204.
            }

            return new WebApiResponse(HttpStatusCode.OK, new JObject
            {
                ["@odata.context"] = serve.ApiUrl + "/$metadata#Microsoft.Dynamics.CRM.CreateMultipleResponse",
                ["Ids"] = new JArray(((Guid[])response["Ids"]!).Select(id => id.ToString("D"))),
            });
        }

        var api = customApis.Find(name);
        if (api is not { Binding: CustomApiBindingType.EntityCollection } || api.BoundTable != table.LogicalName)
        {
            throw WebApiException.NotFound(segment.ToString());
        }

        return CustomApi(request, api, target: null, segment);
    }

    /// <summary>POST set(key)/Microsoft.Dynamics.CRM.&lt;name&gt;: a custom API bound to the row, which it gets as Target.</summary>
    public WebApiResponse BoundToRow(WebApiRequest request, TableDefinition table, EntityReference row, PathSegment segment)
    {
        var api = customApis.Find(OperationName(segment));
        if (api is not { Binding: CustomApiBindingType.Entity } || api.BoundTable != table.LogicalName)
        {
            throw WebApiException.NotFound(segment.ToString());
        }

        return CustomApi(request, api, row, segment);
    }

    public static bool IsOperation(PathSegment segment) => segment.Name.StartsWith(ParameterJson.TypePrefix, StringComparison.Ordinal);

    private WebApiResponse CustomApi(WebApiRequest request, CustomApiShape api, EntityReference? target, PathSegment segment)
    {
        RequireMethod(request, api.IsFunction ? "GET" : "POST", segment);
        var message = new OrganizationRequest(api.UniqueName);
        if (target is not null)
        {
            message["Target"] = target;
        }

        // A function takes its parameters in the URL: name(Param=@p)?@p=value, or name(Param=value).
        var body = api.IsFunction ? FunctionParameters(request, segment) : string.IsNullOrWhiteSpace(request.Body) ? [] : JsonBody.Object(request.Body, api.UniqueName);
        foreach (var property in body.Properties().Where(p => !p.Name.StartsWith('@')))
        {
            var parameter = api.Parameters.FirstOrDefault(p => p.UniqueName == property.Name)
                ?? throw WebApiException.BadRequest($"The custom API {api.UniqueName} has no parameter '{property.Name}'.");
            message[parameter.UniqueName] = parameters.Read(parameter.UniqueName, property.Value, parameter.Type, parameter.LogicalEntityName);
        }

        var response = serve.ServiceFor(request).Execute(message);
        if (api.Properties.Count == 0)
        {
            return WebApiResponse.NoContent();
        }

        var json = new JObject { ["@odata.context"] = $"{serve.ApiUrl}/$metadata#Microsoft.Dynamics.CRM.{api.UniqueName}Response" };
        foreach (var property in api.Properties)
        {
            if (response.Results.TryGetValue(property.UniqueName, out var value))
            {
                json[property.UniqueName] = parameters.Write(value);
            }
        }

        return new WebApiResponse(HttpStatusCode.OK, json);
    }

    internal static JObject FunctionParameters(WebApiRequest request, PathSegment segment)
    {
        var result = new JObject();
        foreach (var pair in (segment.Key ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw WebApiException.BadRequest($"The function parameter '{pair}' is not Name=value.");
            }

            var text = pair[(equals + 1)..];
            if (text.StartsWith('@'))
            {
                text = request.QueryParameters.GetValueOrDefault(text) ?? throw WebApiException.BadRequest($"The function parameter alias {text} has no value in the query string.");
            }

            // An Edm.Guid literal is written bare (ImportJobId=@p1?@p1=<guid>), which JSON cannot parse.
            result[pair[..equals]] = text.StartsWith('\'') && text.EndsWith('\'') && text.Length >= 2
                ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
                : Guid.TryParse(text, out var guid) ? guid.ToString("D") : JToken.Parse(text);
        }

        return result;
    }

    private static string OperationName(PathSegment segment) =>
        IsOperation(segment) ? segment.Name[ParameterJson.TypePrefix.Length..] : segment.Name;

    internal static void RequireMethod(WebApiRequest request, string method, PathSegment segment)
    {
        if (request.Method != method)
        {
            throw WebApiException.MethodNotAllowed(request.Method, segment.ToString());
        }
    }

    internal static void Only(JObject body, string message, params string[] names)
    {
        foreach (var property in body.Properties().Where(p => !p.Name.StartsWith('@') && !names.Contains(p.Name)))
        {
            throw WebApiException.BadRequest($"{message} has no parameter '{property.Name}' (it takes {string.Join(", ", names)}).");
        }
    }
}
