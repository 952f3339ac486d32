using System.Globalization;
using System.Net;
using System.Text;
using DataverseSharing.WebApi.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DataverseSharing.WebApi.Batch;

/// <summary>
/// Reads a <c>$batch</c> answer: the multipart/mixed sections (with ASP.NET Core's MultipartReader), a change set's
/// nested sections in order, and in each <c>application/http</c> section the embedded HTTP response.
/// </summary>
internal static class BatchResponseReader
{
    public static async Task<List<BatchResponsePart>> ReadAsync(string contentType, Stream body, CancellationToken cancellation)
    {
        var parts = new List<BatchResponsePart>();
        await ReadSectionsAsync(Boundary(contentType), body, parts, cancellation).ConfigureAwait(false);
        return parts;
    }

    private static async Task ReadSectionsAsync(string boundary, Stream body, List<BatchResponsePart> parts, CancellationToken cancellation)
    {
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        while (await reader.ReadNextSectionAsync(cancellation).ConfigureAwait(false) is { } section)
        {
            var type = section.ContentType ?? string.Empty;
            if (type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                await ReadSectionsAsync(Boundary(type), section.Body, parts, cancellation).ConfigureAwait(false);
                continue;
            }

            using var buffer = new MemoryStream();
            await section.Body.CopyToAsync(buffer, cancellation).ConfigureAwait(false);
            var contentId = section.Headers is not null && section.Headers.TryGetValue("Content-ID", out var id)
                && int.TryParse(id.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
            parts.Add(ParseHttp(buffer.ToArray(), contentId));
        }
    }

    private static string Boundary(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            throw new InvalidDataException($"The $batch answer has the content type '{contentType}', not multipart/mixed.");
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        return string.IsNullOrEmpty(boundary)
            ? throw new InvalidDataException($"The $batch answer's content type '{contentType}' names no boundary.")
            : boundary;
    }

    // An embedded response: "HTTP/1.1 204 No Content", header lines, an empty line, the body.
    private static BatchResponsePart ParseHttp(byte[] bytes, int? contentId)
    {
        var headerEnd = IndexOf(bytes, "\r\n\r\n"u8, out var separator);
        var head = Encoding.UTF8.GetString(bytes, 0, headerEnd < 0 ? bytes.Length : headerEnd);
        var lines = head.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        var status = lines.Count > 0 ? lines[0].Split(' ', 3) : [];
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code))
        {
            throw new InvalidDataException($"A $batch answer part does not start with an HTTP status line: '{(lines.Count > 0 ? lines[0] : string.Empty)}'.");
        }

        var headers = WebApiResult.NewHeaders();
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var start = headerEnd < 0 ? bytes.Length : headerEnd + separator;
        return new BatchResponsePart(contentId, (HttpStatusCode)code, headers, bytes[start..]);
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> pattern, out int length)
    {
        length = pattern.Length;
        var index = bytes.AsSpan().IndexOf(pattern);
        if (index >= 0)
        {
            return index;
        }

        length = 2;
        return bytes.AsSpan().IndexOf("\n\n"u8);
    }
}
