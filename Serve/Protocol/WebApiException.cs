using System.Globalization;
using System.Net;

namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// A request the server refuses before (or instead of) reaching the engine: a bad URL, query option, body or
/// header. Written as Dataverse's error JSON with <see cref="Code"/>.
/// </summary>
internal sealed class WebApiException : Exception
{
    public WebApiException(HttpStatusCode status, int code, string message)
        : base(message)
    {
        Status = status;
        Code = code;
    }

    public HttpStatusCode Status { get; }

    public int Code { get; }

    /// <summary>The code as Dataverse writes it: "0x" and eight lower-case hex digits.</summary>
    public string HexCode => ErrorJson.Hex(Code);

    public static WebApiException BadRequest(string message) => new(HttpStatusCode.BadRequest, ErrorJson.ODataError, message);

    public static WebApiException NotFound(string segment) =>
        new(HttpStatusCode.NotFound, ErrorJson.ODataError, string.Create(CultureInfo.InvariantCulture, $"Resource not found for the segment '{segment}'."));

    public static WebApiException MethodNotAllowed(string method, string path) =>
        new(HttpStatusCode.MethodNotAllowed, ErrorJson.ODataError, $"The HTTP method '{method}' is not allowed on '{path}'.");
}
