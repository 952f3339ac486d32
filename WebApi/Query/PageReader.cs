using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Query;

/// <summary>
/// Reads a collection answer (<c>{"@odata.context":..., "value":[...], "@odata.nextLink":...}</c>) forward from the
/// network stream one row at a time, so a page is never held as text and only the row being read is in memory; the
/// page's annotations (next link, delta link, paging cookie, more records) are there once the rows are read.
/// </summary>
internal sealed class PageReader
{
    public string? NextLink { get; private set; }

    public string? DeltaLink { get; private set; }

    public string? FetchPagingCookie { get; private set; }

    public bool MoreRecords { get; private set; }

    public int? TotalRecordCount { get; private set; }

    public bool TotalRecordCountLimitExceeded { get; private set; }

    public IEnumerable<JObject> Rows(Stream body)
    {
        using var text = new StreamReader(body);
        using var reader = new JsonTextReader(text)
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Decimal,
            CloseInput = true,
        };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            throw new InvalidDataException("The Web API answered with something other than a JSON object.");
        }

        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name == "value" && reader.TokenType == JsonToken.StartArray)
            {
                while (reader.Read() && reader.TokenType == JsonToken.StartObject)
                {
                    yield return JObject.Load(reader);
                }

                continue;
            }

            var value = JToken.Load(reader);
            Annotate(name, value);
        }
    }

    private void Annotate(string name, JToken value)
    {
        switch (name)
        {
            case "@odata.nextLink":
                NextLink = value.Value<string>();
                break;
            case "@odata.deltaLink":
                DeltaLink = value.Value<string>();
                break;
            case "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie":
                FetchPagingCookie = PagingCookieOf(value.Value<string>());
                break;
            case "@Microsoft.Dynamics.CRM.morerecords":
                MoreRecords = value.Type == JTokenType.Boolean ? value.Value<bool>() : string.Equals(value.Value<string>(), "true", StringComparison.OrdinalIgnoreCase);
                break;
            case "@Microsoft.Dynamics.CRM.totalrecordcount":
                TotalRecordCount = value.Value<int>();
                break;
            case "@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded":
                TotalRecordCountLimitExceeded = value.Value<bool>();
                break;
        }
    }

    /// <summary>
    /// The annotation wraps the cookie: <c>&lt;cookie pagenumber="2" pagingcookie="%253ccookie..." /&gt;</c>, the
    /// inner cookie URL-encoded twice; what the SDK calls the paging cookie is the inner one, decoded.
    /// </summary>
    public static string? PagingCookieOf(string? annotation)
    {
        if (string.IsNullOrEmpty(annotation))
        {
            return null;
        }

        try
        {
            var element = System.Xml.Linq.XElement.Parse(annotation);
            var inner = element.Attribute("pagingcookie")?.Value;
            return inner is null ? annotation : WebUtility.UrlDecode(WebUtility.UrlDecode(inner));
        }
        catch (System.Xml.XmlException)
        {
            return annotation;
        }
    }
}
