using System;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Auth;

/// <summary>The fixed token <c>dataverse-sharing serve</c> printed at start; it never expires while that server runs.</summary>
public sealed class LocalTokenSource : IAccessTokenSource
{
    private readonly string token;

    public LocalTokenSource(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        this.token = token;
    }

    public ValueTask<string> GetTokenAsync(CancellationToken cancellation) => ValueTask.FromResult(token);
}
