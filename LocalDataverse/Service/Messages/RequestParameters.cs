using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>Reads a request parameter whether the request is typed (CreateRequest) or generic (OrganizationRequest).</summary>
internal static class RequestParameters
{
    public static T? Get<T>(OrganizationRequest request, string name)
        where T : class =>
        request.Parameters.TryGetValue(name, out var value) ? value as T : null;
}
