using System.Net;

namespace DataverseSharing.WebApi.Http;

/// <summary>A successful answer to one operation, sent alone or read out of a <c>$batch</c> response part.</summary>
internal sealed class WebApiResult : IDisposable
{
    private readonly IReadOnlyDictionary<string, string> headers;

    public WebApiResult(HttpStatusCode status, IReadOnlyDictionary<string, string> headers, Stream body)
    {
        Status = status;
        this.headers = headers;
        Body = body;
    }

    public HttpStatusCode Status { get; }

    /// <summary>The body, read forward once (the caller streams it; a page of rows is never copied into a string).</summary>
    public Stream Body { get; }

    public string? Header(string name) => headers.TryGetValue(name, out var value) ? value : null;

    public void Dispose() => Body.Dispose();

    /// <summary>Header names compare as HTTP compares them.</summary>
    public static Dictionary<string, string> NewHeaders() => new(StringComparer.OrdinalIgnoreCase);
}
