using System.Net;
using DataverseSharing.Serve.Protocol;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// POST $batch: multipart/mixed parts, each one request run as if sent alone, and change sets (nested
/// multipart/mixed) that commit together or not at all, with <c>$n</c> naming the row an earlier Content-ID created.
/// Without <c>Prefer: odata.continue-on-error</c> the first failure ends the batch (400, the parts so far and the
/// failure); with it every part runs (200). At most 1,000 requests, as on Dataverse.
/// </summary>
internal sealed class BatchEndpoint(WebApiDispatcher dispatcher)
{
    public const int MaxRequests = 1000;

    public WebApiResponse Handle(WebApiRequest request)
    {
        if (request.Method != "POST")
        {
            throw WebApiException.MethodNotAllowed(request.Method, "$batch");
        }

        var parts = BatchReader.Read(request.Header("Content-Type"), request.Body);
        var count = parts.Sum(p => p.ChangeSet?.Count ?? 1);
        if (count > MaxRequests)
        {
            throw WebApiException.BadRequest($"The batch holds {count} requests; a batch takes at most {MaxRequests}.");
        }

        var continueOnError = request.Prefer.ContinueOnError;
        var writer = new BatchWriter();
        var failed = false;
        foreach (var part in parts)
        {
            if (part.ChangeSet is { } changeSet)
            {
                var result = new ChangeSetRunner(dispatcher).Run(changeSet, request);
                if (result.Failure is { } failure)
                {
                    // A failed change set answers with its failure alone: nothing of it was written.
                    writer.Part(failure.Response, failure.ContentId);
                    failed = true;
                }
                else
                {
                    writer.ChangeSet(result.Responses);
                }
            }
            else
            {
                var response = dispatcher.Dispatch(Inherit(part.Request!, request));
                writer.Part(response, part.ContentId);
                failed = (int)response.Status >= 400;
            }

            if (failed && !continueOnError)
            {
                break;
            }
        }

        var status = failed && !continueOnError ? HttpStatusCode.BadRequest : HttpStatusCode.OK;
        return writer.Response(status);
    }

    /// <summary>The batch's impersonation and annotation preferences reach its parts unless a part sets its own.</summary>
    internal static WebApiRequest Inherit(WebApiRequest part, WebApiRequest batch)
    {
        var headers = new Dictionary<string, string>(part.Headers, StringComparer.OrdinalIgnoreCase);
        foreach (var name in new[] { "MSCRMCallerID", "CallerObjectId" })
        {
            if (batch.Header(name) is { } value)
            {
                headers.TryAdd(name, value);
            }
        }

        if (batch.Prefer.Annotations.Count > 0 && !headers.ContainsKey("Prefer"))
        {
            headers["Prefer"] = "odata.include-annotations=\"" + string.Join(",", batch.Prefer.Annotations) + "\"";
        }

        return part with { Headers = headers };
    }
}
