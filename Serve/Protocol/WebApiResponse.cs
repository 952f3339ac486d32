using System.Net;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Protocol;

/// <summary>One Web API response: status, headers and a JSON body (or none), written to HTTP or into a $batch part.</summary>
internal sealed class WebApiResponse
{
    public WebApiResponse(HttpStatusCode status, JToken? body = null)
    {
        Status = status;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    public JToken? Body { get; }

    /// <summary>A body that is not JSON (a $batch's multipart/mixed), with its Content-Type in <see cref="Headers"/>.</summary>
    public string? RawBody { get; init; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static WebApiResponse NoContent() => new(HttpStatusCode.NoContent);

    public WebApiResponse With(string header, string value)
    {
        Headers[header] = value;
        return this;
    }

    public string? BodyText() => Body?.ToString(Formatting.None);
}
