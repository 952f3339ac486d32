using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using DataverseSharing.WebApi.Http;

namespace DataverseSharing.WebApi.Batch;

/// <summary>
/// A <c>$batch</c> body (multipart/mixed): each operation an <c>application/http</c> part holding the request as
/// it would go on the wire, numbered by Content-ID from 1; in a change set (all or nothing) for ExecuteTransaction,
/// as top-level parts for ExecuteMultiple so continue-on-error can apply to each.
/// </summary>
internal static class BatchRequestWriter
{
    public static MultipartContent Write(Uri baseAddress, IReadOnlyList<WebApiOperation> operations, bool changeSet)
    {
        var batch = new MultipartContent("mixed", $"batch_{Guid.NewGuid():N}");
        if (!changeSet)
        {
            for (var i = 0; i < operations.Count; i++)
            {
                batch.Add(Part(baseAddress, operations[i], i + 1));
            }

            return batch;
        }

        var set = new MultipartContent("mixed", $"changeset_{Guid.NewGuid():N}");
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Method == HttpMethod.Get)
            {
                throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"Request {i} of the transaction is a read ({operations[i].Url}); a $batch change set holds writes only.");
            }

            set.Add(Part(baseAddress, operations[i], i + 1));
        }

        batch.Add(set);
        return batch;
    }

    private static ByteArrayContent Part(Uri baseAddress, WebApiOperation operation, int contentId)
    {
        var text = new StringBuilder();
        var address = new Uri(baseAddress, operation.Url);
        text.Append(operation.Method.Method).Append(' ').Append(address.AbsoluteUri).Append(" HTTP/1.1\r\n");
        using (var scratch = new HttpRequestMessage())
        {
            ODataTransport.AddStandardHeaders(scratch.Headers, operation);
            foreach (var header in scratch.Headers)
            {
                text.Append(header.Key).Append(": ").Append(string.Join(", ", header.Value)).Append("\r\n");
            }
        }

        if (operation.Body is not null)
        {
            text.Append("Content-Type: application/json; charset=utf-8\r\n");
        }

        text.Append("\r\n");
        if (operation.Body is not null)
        {
            text.Append(operation.Body);
        }

        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text.ToString()));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/http");
        part.Headers.TryAddWithoutValidation("Content-Transfer-Encoding", "binary");
        part.Headers.TryAddWithoutValidation("Content-ID", contentId.ToString(CultureInfo.InvariantCulture));
        return part;
    }
}
