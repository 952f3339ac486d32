using System.ServiceModel;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// Runs a change set's requests in one engine transaction (LocalDatabase.InTransaction): all commit, or the first
/// failure rolls every one back and is the change set's only response. <c>$n</c> at the start of a URL or as a
/// whole @odata.bind value names the row the request with Content-ID n created.
/// </summary>
internal sealed class ChangeSetRunner(WebApiDispatcher dispatcher)
{
    public sealed record Result(IReadOnlyList<(WebApiResponse Response, string? ContentId)> Responses, FailedPart? Failure);

    public sealed class FailedPart(WebApiResponse response, string? contentId)
    {
        public WebApiResponse Response { get; } = response;

        public string? ContentId { get; } = contentId;
    }

    public Result Run(IReadOnlyList<BatchPart> changeSet, WebApiRequest batch)
    {
        var responses = new List<(WebApiResponse, string?)>();
        var created = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            dispatcher.Serve.Organization.Database.InTransaction(() =>
            {
                foreach (var part in changeSet)
                {
                    var request = BatchEndpoint.Inherit(Resolve(part.Request!, created), batch);
                    var response = dispatcher.Dispatch(request);
                    if ((int)response.Status >= 400)
                    {
                        throw new ChangeSetFailed(response, part.ContentId);
                    }

                    if (part.ContentId is not null && response.Headers.TryGetValue("OData-EntityId", out var url))
                    {
                        created["$" + part.ContentId] = url;
                    }

                    responses.Add((response, part.ContentId));
                }

                return true;
            });
            return new Result(responses, null);
        }
        catch (ChangeSetFailed failed)
        {
            return new Result([], new FailedPart(failed.Response, failed.ContentId));
        }
        catch (InvalidOperationException e)
        {
            // The engine refuses to commit a transaction in which a request failed even if the failure was answered.
            return new Result([], new FailedPart(ErrorJson.Response(System.Net.HttpStatusCode.BadRequest, ErrorJson.UnexpectedError, e.Message), null));
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            return new Result([], new FailedPart(ErrorJson.From(e, batch.Prefer), null));
        }
    }

    private static WebApiRequest Resolve(WebApiRequest request, Dictionary<string, string> created)
    {
        var path = request.Path;
        if (path.StartsWith('$'))
        {
            var end = path.IndexOf('/', StringComparison.Ordinal);
            var reference = end < 0 ? path : path[..end];
            if (!created.TryGetValue(reference, out var url))
            {
                throw WebApiException.BadRequest($"The change set's URL '{path}' names {reference}, which no earlier request of the change set created.");
            }

            path = BatchReader.Relative(url).Path + (end < 0 ? string.Empty : path[end..]);
        }

        var body = request.Body;
        foreach (var (reference, url) in created)
        {
            body = body.Replace("\"" + reference + "\"", "\"" + url + "\"", StringComparison.Ordinal);
        }

        return request with { Path = path, Body = body };
    }

    private sealed class ChangeSetFailed(WebApiResponse response, string? contentId) : Exception("A change set request failed.")
    {
        public WebApiResponse Response { get; } = response;

        public string? ContentId { get; } = contentId;
    }
}
