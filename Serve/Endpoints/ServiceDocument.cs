using System.Net;
using DataverseSharing.Serve.Protocol;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>GET /api/data/v9.2/: the service document, every entity set of the organization.</summary>
internal static class ServiceDocument
{
    public static WebApiResponse Write(ServeContext serve) => new(HttpStatusCode.OK, new JObject
    {
        ["@odata.context"] = serve.ApiUrl + "/$metadata",
        ["value"] = new JArray(serve.Sets.All.Select(s => (JToken)new JObject { ["name"] = s.Key, ["kind"] = "EntitySet", ["url"] = s.Key })),
    });
}
