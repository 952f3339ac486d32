using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Auth;

/// <summary>Where the bearer token for each request comes from (MSAL, or serve's LocalToken).</summary>
public interface IAccessTokenSource
{
    /// <summary>A token good for the next request; a source that caches refreshes it before it expires.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellation);
}
