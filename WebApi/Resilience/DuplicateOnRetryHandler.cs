using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using DataverseSharing.WebApi.Auth;

namespace DataverseSharing.WebApi.Resilience;

/// <summary>
/// Runs inside the retry, once per attempt. When an attempt of a create or upsert may have reached the server
/// (the connection dropped, or a gateway answered 502/503/504) and a later attempt is refused as a duplicate, the
/// first attempt did the write: the duplicate is the retry's own echo, so it counts as success (204, marked with
/// <see cref="DuplicateOnRetryHeader"/>). This works because the connector sends client-generated ids (and
/// <c>If-None-Match: *</c> for create-only upserts), so the retry names the same row.
/// </summary>
public sealed class DuplicateOnRetryHandler : DelegatingHandler
{
    /// <summary>Set on a response that replaced a duplicate refusal after an attempt that may have written.</summary>
    public const string DuplicateOnRetryHeader = "x-dvs-duplicate-on-retry";

    /// <summary>Dataverse's DuplicateRecord: 0x80040237, "Cannot insert duplicate key".</summary>
    public const int DuplicateRecordCode = -2147220937;

    private static readonly HttpRequestOptionsKey<bool> MayHaveWritten = new("DataverseSharing.MayHaveWritten");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var writes = request.Method == HttpMethod.Post || request.Method == HttpMethod.Patch;
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException) when (writes)
        {
            request.Options.Set(MayHaveWritten, true);
            throw;
        }

        if (!writes)
        {
            return response;
        }

        var status = (int)response.StatusCode;
        if (status is 502 or 503 or 504)
        {
            request.Options.Set(MayHaveWritten, true);
            return response;
        }

        if (request.Options.TryGetValue(MayHaveWritten, out var earlier) && earlier && await IsDuplicateAsync(request, response, cancellationToken).ConfigureAwait(false))
        {
            response.Dispose();
            var success = new HttpResponseMessage(HttpStatusCode.NoContent) { RequestMessage = request };
            success.Headers.Add(DuplicateOnRetryHeader, "true");
            if (request.RequestUri is { } uri && uri.AbsolutePath.EndsWith(')'))
            {
                success.Headers.Add("OData-EntityId", uri.AbsoluteUri);
            }

            return success;
        }

        return response;
    }

    private static async Task<bool> IsDuplicateAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellation)
    {
        // A create-only upsert (If-None-Match: *) answers 412 when the row exists; a create answers DuplicateRecord.
        if (response.StatusCode == HttpStatusCode.PreconditionFailed && request.Headers.IfNoneMatch.Count > 0)
        {
            return true;
        }

        if (response.IsSuccessStatusCode)
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync(cancellation).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        return DataverseErrorBody.ReadCode(body) == DuplicateRecordCode;
    }
}
