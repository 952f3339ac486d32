using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Auth;

/// <summary>
/// Makes every request act as another systemuser, the way Dataverse documents impersonation over the Web API: the
/// <c>MSCRMCallerID</c> header with the user's id. The signed-in identity needs prvActOnBehalfOfAnotherUser.
/// </summary>
public sealed class CallerImpersonationHandler : DelegatingHandler
{
    public const string HeaderName = "MSCRMCallerID";

    private readonly string callerId;

    public CallerImpersonationHandler(Guid callerId)
    {
        this.callerId = callerId.ToString("D", CultureInfo.InvariantCulture);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        request.Headers.Add(HeaderName, callerId);
        return base.SendAsync(request, cancellationToken);
    }
}
