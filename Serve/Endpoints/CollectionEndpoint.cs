using System.Net;
using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// GET on an entity set: OData query options, or <c>fetchXml=</c>; pages of at most
/// <c>Prefer: odata.maxpagesize</c> rows (5,000) with <c>@odata.nextLink</c>, FetchXML paging cookies in
/// <c>@Microsoft.Dynamics.CRM.fetchxmlpagingcookie</c>, and <c>@odata.count</c> for <c>$count=true</c>.
/// </summary>
internal sealed class CollectionEndpoint(ServeContext serve)
{
    public const string PagingCookieAnnotation = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";

    public WebApiResponse Get(WebApiRequest request, TableDefinition table, string entitySet)
    {
        if (request.QueryParameters.TryGetValue("fetchXml", out var fetchXml))
        {
            return Fetch(request, table, entitySet, fetchXml);
        }

        var query = ODataQuery.Build(table, request);
        var rows = ((RetrieveMultipleResponse)serve.ServiceFor(request).Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;
        var json = Page(request, table, entitySet, rows);
        if (query.PageInfo.ReturnTotalRecordCount)
        {
            json["@odata.count"] = rows.TotalRecordCount;
        }

        if (rows.MoreRecords && query.TopCount is null)
        {
            json["@odata.nextLink"] = NextLink(request, entitySet, new SkipToken(query.PageInfo.PageNumber + 1, rows.PagingCookie));
        }

        return new WebApiResponse(HttpStatusCode.OK, json);
    }

    private WebApiResponse Fetch(WebApiRequest request, TableDefinition table, string entitySet, string fetchXml)
    {
        if (request.QueryParameters.Keys.Any(k => k != "fetchXml"))
        {
            throw WebApiException.BadRequest("fetchXml cannot be combined with other query options.");
        }

        string entityName;
        try
        {
            entityName = (string?)XElement.Parse(fetchXml).Element("entity")?.Attribute("name") ?? string.Empty;
        }
        catch (System.Xml.XmlException e)
        {
            throw WebApiException.BadRequest($"The fetchXml is not well-formed XML: {e.Message}");
        }

        if (entityName != table.LogicalName)
        {
            throw WebApiException.BadRequest($"The fetchXml queries '{entityName}' but the URL's entity set {entitySet} is {table.LogicalName}.");
        }

        var rows = ((RetrieveMultipleResponse)serve.ServiceFor(request).Execute(new RetrieveMultipleRequest { Query = new FetchExpression(fetchXml) })).EntityCollection;
        var json = Page(request, table, entitySet, rows);
        if (rows.MoreRecords && request.Prefer.Includes(PagingCookieAnnotation))
        {
            // As Dataverse writes it: the cookie URL-encoded twice inside the pagingcookie attribute.
            var page = ((int?)XElement.Parse(fetchXml).Attribute("page") ?? 1) + 1;
            var cookie = new XElement(
                "cookie",
                new XAttribute("pagenumber", page),
                new XAttribute("pagingcookie", Uri.EscapeDataString(Uri.EscapeDataString(rows.PagingCookie ?? string.Empty))),
                new XAttribute("istracking", "False"));
            json["@" + PagingCookieAnnotation] = cookie.ToString(SaveOptions.DisableFormatting);
        }

        if (request.Prefer.Includes("Microsoft.Dynamics.CRM.morerecords"))
        {
            json["@Microsoft.Dynamics.CRM.morerecords"] = rows.MoreRecords;
        }

        if (rows.TotalRecordCount > 0 || rows.TotalRecordCountLimitExceeded)
        {
            json["@Microsoft.Dynamics.CRM.totalrecordcount"] = rows.TotalRecordCount;
            json["@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded"] = rows.TotalRecordCountLimitExceeded;
        }

        return new WebApiResponse(HttpStatusCode.OK, json);
    }

    private JObject Page(WebApiRequest request, TableDefinition table, string entitySet, EntityCollection rows)
    {
        var select = request.QueryParameters.GetValueOrDefault("$select");
        var prefer = request.Prefer; // Read once, not once per row.
        return new JObject
        {
            ["@odata.context"] = $"{serve.ApiUrl}/$metadata#{entitySet}{(string.IsNullOrEmpty(select) ? string.Empty : "(" + select + ")")}",
            ["value"] = new JArray(rows.Entities.Select(e => (JToken)EntityJsonWriter.Write(e, table, prefer))),
        };
    }

    private string NextLink(WebApiRequest request, string entitySet, SkipToken token)
    {
        var options = request.QueryParameters.Where(p => p.Key != "$skiptoken")
            .Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value))
            .Append("$skiptoken=" + Uri.EscapeDataString(token.Write()));
        return $"{serve.ApiUrl}/{entitySet}?{string.Join("&", options)}";
    }
}
