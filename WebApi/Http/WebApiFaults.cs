using System.Globalization;
using System.Net;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Http;

/// <summary>
/// Turns Dataverse's error JSON (<c>{"error":{"code":"0x80040217","message":...}}</c>) into the
/// FaultException&lt;OrganizationServiceFault&gt; the organization service throws in process, with the same code and
/// message, so callers catch one thing whichever way they reach Dataverse.
/// </summary>
internal static class WebApiFaults
{
    private const string DetailPrefix = "@Microsoft.PowerApps.CDS.ErrorDetails.";

    public static FaultException<OrganizationServiceFault> Create(int code, string message, TimeSpan? retryAfter = null)
    {
        var fault = new OrganizationServiceFault { ErrorCode = code, Message = message, Timestamp = DateTime.UtcNow };
        if (retryAfter is { } wait)
        {
            // The SDK reports service protection waits this way; code written for it keeps working.
            fault.ErrorDetails["Retry-After"] = wait;
        }

        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }

    /// <summary>The fault for an error body, or null when the body is not Dataverse's error JSON.</summary>
    public static FaultException<OrganizationServiceFault>? FromBody(string body, TimeSpan? retryAfter)
    {
        JObject error;
        try
        {
            if (JToken.Parse(body) is not JObject root || root["error"] is not JObject inner)
            {
                return null;
            }

            error = inner;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }

        var code = ParseCode(error.Value<string>("code"));
        var message = error.Value<string>("message") ?? string.Empty;
        var exception = Create(code, message, retryAfter);
        foreach (var property in error.Properties())
        {
            if (property.Name.StartsWith(DetailPrefix, StringComparison.Ordinal) && property.Value is JValue value)
            {
                exception.Detail.ErrorDetails[property.Name[DetailPrefix.Length..]] = value.Value;
            }
        }

        exception.Detail.TraceText = error.Value<string>("@Microsoft.PowerApps.CDS.TraceText");
        return exception;
    }

    /// <summary>
    /// The exception for a failed response: the fault when the server sent Dataverse's error JSON, else a one-line
    /// error naming the status and the address (never a token), because then the server is not a Dataverse Web API
    /// (an HTML sign-in page, a proxy, another service).
    /// </summary>
    public static Exception FromResponse(HttpStatusCode status, string body, TimeSpan? retryAfter, Uri? address)
    {
        if (FromBody(body, retryAfter) is { } fault)
        {
            return fault;
        }

        var where = address is null ? "the server" : address.GetLeftPart(UriPartial.Path);
        var what = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? "the token was refused"
            : "the answer is not Dataverse's error JSON; is this a Dataverse Web API?";
        return new HttpRequestException(
            $"{where} answered {(int)status} {status}: {what}", null, status);
    }

    private static int ParseCode(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        var text = code.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? code[2..] : code;
        if (uint.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var hex))
        {
            return unchecked((int)hex);
        }

        return int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;
    }
}
