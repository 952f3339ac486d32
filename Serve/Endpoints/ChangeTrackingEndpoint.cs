using System.Net;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Query;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// Change tracking: GET with <c>Prefer: odata.track-changes</c> returns the rows and an <c>@odata.deltaLink</c>;
/// the delta link (<c>$deltatoken</c>) returns the rows created or updated since, and the deleted ones as
/// <c>$deletedEntity</c> entries. The engine's RetrieveEntityChanges does the work; $filter, $orderby and $top are
/// refused with it, as on Dataverse.
/// </summary>
internal sealed class ChangeTrackingEndpoint(ServeContext serve)
{
    public static bool Applies(WebApiRequest request) =>
        request.Prefer.TrackChanges || request.QueryParameters.ContainsKey("$deltatoken");

    public WebApiResponse Get(WebApiRequest request, TableDefinition table, string entitySet)
    {
        var options = request.QueryParameters;
        foreach (var name in options.Keys.Where(n => n is not ("$select" or "$deltatoken")))
        {
            throw WebApiException.BadRequest($"The query option {name} cannot be used with change tracking (only $select).");
        }

        var select = options.GetValueOrDefault("$select");
        var message = new OrganizationRequest("RetrieveEntityChanges")
        {
            ["EntityName"] = table.LogicalName,
            ["Columns"] = ODataQuery.Columns(table, select),
        };
        if (options.TryGetValue("$deltatoken", out var token))
        {
            message["DataVersion"] = token;
        }

        var response = serve.ServiceFor(request).Execute(message);
        var rows = (EntityCollection)response["NewOrUpdated"]!;
        var deleted = (EntityReferenceCollection)response["RemovedOrDeleted"]!;
        var prefer = request.Prefer;
        var value = new JArray(rows.Entities.Select(e => (JToken)EntityJsonWriter.Write(e, table, prefer)));
        foreach (var gone in deleted)
        {
            value.Add(new JObject
            {
                ["@odata.context"] = $"{serve.ApiUrl}/$metadata#{entitySet}/$deletedEntity",
                ["id"] = gone.Id.ToString("D"),
                ["reason"] = "deleted",
            });
        }

        var link = $"{serve.ApiUrl}/{entitySet}?{(select is null ? string.Empty : "$select=" + Uri.EscapeDataString(select) + "&")}$deltatoken={Uri.EscapeDataString((string)response["DataToken"]!)}";
        var json = new JObject
        {
            ["@odata.context"] = $"{serve.ApiUrl}/$metadata#{entitySet}{(select is null ? string.Empty : "(" + select + ")")}{(token is null ? string.Empty : "/$delta")}",
            ["value"] = value,
            ["@odata.deltaLink"] = link,
        };
        return new WebApiResponse(HttpStatusCode.OK, json).With("Preference-Applied", "odata.track-changes");
    }
}
