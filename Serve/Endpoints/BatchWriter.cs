using System.Globalization;
using System.Net;
using System.Text;
using DataverseSharing.Serve.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>Writes a $batch response: batchresponse_ parts of application/http, change sets as changesetresponse_ parts.</summary>
internal sealed class BatchWriter
{
    private readonly string boundary = "batchresponse_" + Guid.NewGuid().ToString("D");
    private readonly StringBuilder body = new();

    public void Part(WebApiResponse response, string? contentId)
    {
        body.Append("--").Append(boundary).Append("\r\n");
        AppendHttp(body, response, contentId);
    }

    public void ChangeSet(IReadOnlyList<(WebApiResponse Response, string? ContentId)> responses)
    {
        var changeSet = "changesetresponse_" + Guid.NewGuid().ToString("D");
        body.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append("\r\n\r\n");
        foreach (var (response, contentId) in responses)
        {
            body.Append("--").Append(changeSet).Append("\r\n");
            AppendHttp(body, response, contentId);
        }

        body.Append("--").Append(changeSet).Append("--\r\n");
    }

    public WebApiResponse Response(HttpStatusCode status)
    {
        body.Append("--").Append(boundary).Append("--\r\n");
        var response = new WebApiResponse(status) { RawBody = body.ToString() };
        response.Headers["Content-Type"] = "multipart/mixed; boundary=" + boundary;
        return response;
    }

    private static void AppendHttp(StringBuilder text, WebApiResponse response, string? contentId)
    {
        text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        var code = (int)response.Status;
        text.Append("\r\nHTTP/1.1 ").Append(code.ToString(CultureInfo.InvariantCulture)).Append(' ')
            .Append(ReasonPhrases.GetReasonPhrase(code)).Append("\r\n");
        var json = response.BodyText();
        if (json is not null)
        {
            text.Append("Content-Type: application/json; odata.metadata=minimal\r\n");
        }

        text.Append("OData-Version: 4.0\r\n");
        foreach (var (name, value) in response.Headers)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        text.Append("\r\n");
        if (json is not null)
        {
            text.Append(json).Append("\r\n");
        }
    }
}
