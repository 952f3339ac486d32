using System.ServiceModel;
using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.WebApi.Batch;

/// <summary>
/// ExecuteMultiple and ExecuteTransaction as one <c>POST $batch</c>: the inner requests translated exactly as
/// Execute translates them; ExecuteTransaction as one change set (all or nothing, the failure an
/// ExecuteTransactionFault with the failed request's index), ExecuteMultiple as separate parts with
/// <c>Prefer: odata.continue-on-error</c> when ContinueOnError is set.
/// </summary>
internal sealed class BatchExecutor
{
    private readonly ODataTransport transport;
    private readonly OperationTranslator translator;

    public BatchExecutor(ODataTransport transport, OperationTranslator translator)
    {
        this.transport = transport;
        this.translator = translator;
    }

    public async Task<OrganizationResponse> ExecuteMultipleAsync(OrganizationRequest request, CancellationToken cancellation)
    {
        var requests = Requests(request);
        var settings = request.Parameters.TryGetValue("Settings", out var value) && value is ExecuteMultipleSettings given
            ? given
            : throw WebApiFaults.Create(ErrorCodes.InvalidArgument, "ExecuteMultiple requires Settings.");
        var operations = await TranslateAsync(requests, cancellation).ConfigureAwait(false);
        var parts = await SendAsync(operations, changeSet: false, settings.ContinueOnError, cancellation).ConfigureAwait(false);
        var items = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var i = 0; i < parts.Count; i++)
        {
            var index = parts[i].ContentId is { } id ? id - 1 : i;
            if (index < 0 || index >= operations.Count)
            {
                throw new InvalidDataException($"The $batch answer has a part for request {index + 1}; the batch had {operations.Count}.");
            }

            if (parts[i].Succeeded)
            {
                if (settings.ReturnResponses)
                {
                    items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = Read(operations[index], parts[i]) });
                }

                continue;
            }

            faulted = true;
            items.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = FaultOf(parts[i]).Detail });
        }

        var response = new ExecuteMultipleResponse { ResponseName = "ExecuteMultiple" };
        response.Results["IsFaulted"] = faulted;
        response.Results["Responses"] = items;
        return response;
    }

    public async Task<OrganizationResponse> ExecuteTransactionAsync(OrganizationRequest request, CancellationToken cancellation)
    {
        var requests = Requests(request);
        var operations = await TranslateAsync(requests, cancellation).ConfigureAwait(false);
        var parts = await SendAsync(operations, changeSet: true, continueOnError: false, cancellation).ConfigureAwait(false);
        for (var i = 0; i < parts.Count; i++)
        {
            if (!parts[i].Succeeded)
            {
                var inner = FaultOf(parts[i]).Detail;
                var fault = new ExecuteTransactionFault
                {
                    ErrorCode = inner.ErrorCode,
                    Message = inner.Message,
                    Timestamp = inner.Timestamp,
                    ErrorDetails = inner.ErrorDetails,
                    FaultedRequestIndex = parts[i].ContentId is { } id ? id - 1 : i,
                };
                throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(inner.Message ?? string.Empty));
            }
        }

        var response = new ExecuteTransactionResponse { ResponseName = "ExecuteTransaction" };
        var responses = new OrganizationResponseCollection();
        if (request.Parameters.TryGetValue("ReturnResponses", out var flag) && flag is true)
        {
            for (var i = 0; i < parts.Count; i++)
            {
                var index = parts[i].ContentId is { } id ? id - 1 : i;
                responses.Add(Read(operations[index], parts[i]));
            }
        }

        response.Results["Responses"] = responses;
        return response;
    }

    private static OrganizationRequestCollection Requests(OrganizationRequest request) =>
        request.Parameters.TryGetValue("Requests", out var value) && value is OrganizationRequestCollection requests && requests.Count > 0
            ? requests
            : throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{request.RequestName} requires Requests.");

    private async Task<List<WebApiOperation>> TranslateAsync(OrganizationRequestCollection requests, CancellationToken cancellation)
    {
        var operations = new List<WebApiOperation>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                operations.Add(await translator.TranslateOneAsync(requests[i], cancellation).ConfigureAwait(false));
            }
            catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == ErrorCodes.InvalidArgument)
            {
                throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"Request {i} ({requests[i].RequestName}): {fault.Detail.Message}");
            }
        }

        return operations;
    }

    private async Task<List<BatchResponsePart>> SendAsync(List<WebApiOperation> operations, bool changeSet, bool continueOnError, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch")
        {
            Content = BatchRequestWriter.Write(transport.BaseAddress, operations, changeSet),
        };
        request.Headers.Accept.Add(new System.Net.Http.Headers.MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        request.Headers.TryAddWithoutValidation("OData-Version", "4.0");
        if (continueOnError)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "odata.continue-on-error");
        }

        using var response = await transport.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType?.ToString() ?? string.Empty;

        // A batch the server stopped at its first error still answers with the parts; anything else is the error itself.
        if (!contentType.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            await ODataTransport.ThrowIfFailedAsync(response, cancellation).ConfigureAwait(false);
            throw new InvalidDataException($"The $batch answer has the content type '{contentType}', not multipart/mixed.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        return await BatchResponseReader.ReadAsync(contentType, body, cancellation).ConfigureAwait(false);
    }

    private static OrganizationResponse Read(WebApiOperation operation, BatchResponsePart part)
    {
        using var result = new WebApiResult(part.Status, part.Headers, new MemoryStream(part.Body, writable: false));
        return operation.Read(result);
    }

    private static FaultException<OrganizationServiceFault> FaultOf(BatchResponsePart part)
    {
        var body = System.Text.Encoding.UTF8.GetString(part.Body);
        return WebApiFaults.FromBody(body, ODataTransport.RetryAfter(part.Headers.GetValueOrDefault("Retry-After")))
            ?? WebApiFaults.Create(ErrorCodes.UnexpectedError, $"A $batch part failed with {(int)part.Status} {part.Status} and no Dataverse error: {Shorten(body)}");
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "...";
}
