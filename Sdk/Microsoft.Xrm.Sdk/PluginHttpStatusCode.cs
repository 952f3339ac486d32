namespace Microsoft.Xrm.Sdk;

/// <summary>The HTTP status a plug-in exception maps to in Web API responses.</summary>
public enum PluginHttpStatusCode
{
    NotSet = 0,
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    MethodNotAllowed = 405,
    RequestTimeout = 408,
    Conflict = 409,
    Gone = 410,
    PreconditionFailed = 412,
    RequestEntityTooLarge = 413,
    FailedDependency = 424,
    TooManyRequests = 429,
    InternalServerError = 500,
    BadGateway = 502,
    ServiceUnavailable = 503,
    GatewayTimeout = 504,
}
