using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Threading;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Connection;
using Polly.Timeout;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// The outermost handler: what is left after the retries gave up, said in one line naming the server. A caller
/// sees <see cref="DataverseConnectionException"/> for "could not talk to Dataverse" and a FaultException (from the
/// connector) for "Dataverse said no".
/// </summary>
public sealed class ConnectionFailureHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri?.GetLeftPart(UriPartial.Authority) ?? "the server";
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException failure)
        {
            throw new DataverseConnectionException(Describe(host, failure), failure);
        }
        catch (TimeoutRejectedException timeout)
        {
            throw new DataverseConnectionException($"no answer from {host} within {timeout.Timeout.TotalSeconds:0} s", timeout);
        }
    }

    private static string Describe(string host, HttpRequestException failure)
    {
        if (failure.HttpRequestError == HttpRequestError.SecureConnectionError || failure.InnerException is AuthenticationException)
        {
            return $"TLS failure connecting to {host}: {Innermost(failure)}";
        }

        if (failure.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return $"cannot reach {host}: no such host";
        }

        if (failure.InnerException is SocketException socket)
        {
            return $"cannot reach {host}: {socket.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused (is the server running, and the port right?)",
                SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "no such host",
                _ => socket.Message,
            }}";
        }

        return $"connection to {host} failed after retries: {Innermost(failure)}";
    }

    private static string Innermost(Exception error)
    {
        while (error.InnerException is not null)
        {
            error = error.InnerException;
        }

        return string.Join(' ', error.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
    }
}
