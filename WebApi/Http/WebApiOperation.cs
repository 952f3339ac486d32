using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Http;

/// <summary>
/// One organization request as one Web API call: method, address relative to <c>/api/data/v9.2/</c>, headers, JSON
/// body, and how to read the answer back into the SDK's response. The same operation is sent alone or as a part of a
/// <c>$batch</c>, so ExecuteMultiple and ExecuteTransaction translate their requests exactly as Execute does.
/// </summary>
internal sealed class WebApiOperation
{
    public WebApiOperation(HttpMethod method, string url, Func<WebApiResult, OrganizationResponse> read)
    {
        Method = method;
        Url = url;
        Read = read;
    }

    public HttpMethod Method { get; }

    public string Url { get; }

    /// <summary>The JSON body, or null for none.</summary>
    public string? Body { get; init; }

    /// <summary>Request headers other than Prefer (If-Match, If-None-Match, MSCRM.* ...).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    /// <summary>Prefer values beyond the annotations every request asks for (return=representation, odata.maxpagesize=N...).</summary>
    public IReadOnlyList<string> Preferences { get; init; } = [];

    public Func<WebApiResult, OrganizationResponse> Read { get; }
}
