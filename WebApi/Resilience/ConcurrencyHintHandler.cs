using System;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// Keeps requests in flight at or under what Dataverse recommends: every response's <c>x-ms-dop-hint</c> header
/// (the environment's degree of parallelism) resets the limit, never above 52.
/// </summary>
public sealed class ConcurrencyHintHandler : DelegatingHandler
{
    public const string HintHeader = "x-ms-dop-hint";

    /// <summary>In flight before the first response names a hint: a few, not the 52 a busy environment may refuse.</summary>
    public const int InitialConcurrency = 4;

    private readonly ConcurrencyLimit limit = new(InitialConcurrency);

    /// <summary>The current limit (for tests and progress).</summary>
    public int Limit => limit.Limit;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await limit.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.Headers.TryGetValues(HintHeader, out var values)
                && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var hint) && hint > 0)
            {
                limit.SetLimit(hint);
            }

            return response;
        }
        finally
        {
            limit.Release();
        }
    }
}
