using System.Globalization;
using System.Net;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// Dataverse's error body, {"error":{"code":"0x80040217","message":"..."}}, and the HTTP status each engine fault
/// gets, so a client sees over HTTP what it would see from Dataverse.
/// </summary>
internal static class ErrorJson
{
    /// <summary>The code Dataverse's OData layer gives a URL, query option or body it cannot read (0x80060888).</summary>
    public const int ODataError = unchecked((int)0x80060888);

    /// <summary>Missing privilege; also sent with 401 for a request without this server's bearer token.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    public const int AccessDenied = unchecked((int)0x80048306);

    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    public const int DuplicateRecord = unchecked((int)0x80040237);

    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    public const int UnexpectedError = unchecked((int)0x80040216);

    /// <summary>Service protection: number of requests exceeded (-2147015902).</summary>
    public const int RequestsLimitExceeded = unchecked((int)0x80072322);

    /// <summary>Service protection: combined execution time exceeded (-2147015903).</summary>
    public const int ExecutionTimeLimitExceeded = unchecked((int)0x80072321);

    /// <summary>Service protection: concurrent requests exceeded (-2147015898).</summary>
    public const int ConcurrencyLimitExceeded = unchecked((int)0x80072326);

    public static string Hex(int code) => "0x" + code.ToString("x8", CultureInfo.InvariantCulture);

    public static JObject Body(int code, string message) => new()
    {
        ["error"] = new JObject { ["code"] = Hex(code), ["message"] = message },
    };

    public static WebApiResponse Response(HttpStatusCode status, int code, string message) => new(status, Body(code, message));

    public static WebApiResponse From(WebApiException e) => Response(e.Status, e.Code, e.Message);

    /// <summary>An engine fault as Dataverse answers it: the fault's code and message, with the status that code gets.</summary>
    public static WebApiResponse From(FaultException<OrganizationServiceFault> e, Prefer prefer)
    {
        var fault = e.Detail;
        var response = Response(StatusOf(fault.ErrorCode), fault.ErrorCode, fault.Message ?? e.Message);
        if (prefer.Includes("Microsoft.PowerApps.CDS.ErrorDetails.OperationStatus"))
        {
            var error = (JObject)response.Body!["error"]!;
            foreach (var (name, value) in fault.ErrorDetails)
            {
                error["@Microsoft.PowerApps.CDS.ErrorDetails." + name] = value?.ToString();
            }
        }

        if (fault is ExecuteTransactionFault transaction)
        {
            response.Headers["x-ms-faulted-request-index"] = transaction.FaultedRequestIndex.ToString(CultureInfo.InvariantCulture);
        }

        return response;
    }

    /// <summary>The status Dataverse gives a fault code: 404 for a missing row, 412 for a duplicate or a version mismatch, 403 for security, 400 for the rest of the client's mistakes.</summary>
    public static HttpStatusCode StatusOf(int code) => code switch
    {
        ObjectDoesNotExist => HttpStatusCode.NotFound,
        DuplicateRecord or ConcurrencyVersionMismatch => HttpStatusCode.PreconditionFailed,
        PrivilegeDenied or AccessDenied => HttpStatusCode.Forbidden,
        UnexpectedError => HttpStatusCode.InternalServerError,
        _ => HttpStatusCode.BadRequest,
    };
}
