using System.Text;
using DataverseSharing.Serve.Protocol;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>One part of a $batch: a request, or a change set of requests.</summary>
internal sealed record BatchPart(WebApiRequest? Request, string? ContentId, IReadOnlyList<BatchPart>? ChangeSet);

/// <summary>
/// Reads a $batch body (multipart/mixed, parts of Content-Type application/http, change sets as nested
/// multipart/mixed) with ASP.NET Core's MultipartReader; each part's HTTP request line, headers and body become a
/// <see cref="WebApiRequest"/>. URLs may be absolute, root-relative (/api/data/v9.2/...) or relative to the service root.
/// </summary>
internal static class BatchReader
{
    public static IReadOnlyList<BatchPart> Read(string? contentType, string body)
    {
        try
        {
            return Parts(contentType, body, inChangeSet: false);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            // MultipartReader reports a body that breaks the multipart rules (no closing boundary, oversized headers) as I/O errors.
            throw WebApiException.BadRequest($"The $batch body is not valid multipart/mixed: {e.Message}");
        }
    }

    private static List<BatchPart> Parts(string? contentType, string body, bool inChangeSet)
    {
        var boundary = Boundary(contentType);
        var reader = new MultipartReader(boundary, new MemoryStream(Encoding.UTF8.GetBytes(body)));
        var parts = new List<BatchPart>();
        while (NextSection(reader) is { } section)
        {
            using var text = new StreamReader(section.Body, Encoding.UTF8);
            var content = text.ReadToEnd();
            var headers = section.Headers ?? new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>();
            var type = headers.TryGetValue("Content-Type", out var t) ? t.ToString() : string.Empty;
            var contentId = headers.TryGetValue("Content-ID", out var id) ? id.ToString().Trim() : null;
            if (type.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                if (inChangeSet)
                {
                    throw WebApiException.BadRequest("A change set cannot hold another change set.");
                }

                parts.Add(new BatchPart(null, contentId, Parts(type, content, inChangeSet: true)));
            }
            else if (type.StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                var request = Request(content);
                if (inChangeSet && request.Method == "GET")
                {
                    throw WebApiException.BadRequest("A change set cannot hold a GET request; put it outside the change set.");
                }

                parts.Add(new BatchPart(request, contentId, null));
            }
            else
            {
                throw WebApiException.BadRequest($"A batch part has Content-Type '{type}'; parts are application/http or multipart/mixed change sets.");
            }
        }

        return parts;
    }

    private static MultipartSection? NextSection(MultipartReader reader) => reader.ReadNextSectionAsync().GetAwaiter().GetResult();

    private static string Boundary(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
        {
            throw WebApiException.BadRequest($"A $batch needs Content-Type multipart/mixed with a boundary, not '{contentType}'.");
        }

        return boundary;
    }

    // "POST /api/data/v9.2/accounts HTTP/1.1", headers, a blank line, then the body.
    private static WebApiRequest Request(string content)
    {
        using var lines = new StringReader(content);
        var requestLine = lines.ReadLine();
        while (requestLine is { Length: 0 })
        {
            requestLine = lines.ReadLine();
        }

        var words = requestLine?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (words.Length < 2)
        {
            throw WebApiException.BadRequest($"A batch part's request line '{requestLine}' is not '<METHOD> <URL> HTTP/1.1'.");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (lines.ReadLine() is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = lines.ReadToEnd().TrimEnd('\r', '\n');
        // A client that left spaces unencoded in the URL still ends the line with the HTTP version.
        var url = words.Length > 2 && words[^1].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase) ? string.Join(' ', words[1..^1]) : words[1];
        var (path, query) = Relative(url);
        return new WebApiRequest(words[0].ToUpperInvariant(), path, query, headers, body);
    }

    /// <summary>The path under the service root (decoded) and the query string of a part's URL.</summary>
    internal static (string Path, string Query) Relative(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var path = question < 0 ? url : url[..question];
        var query = question < 0 ? string.Empty : url[question..];
        var root = path.IndexOf(WebApiPaths.Root, StringComparison.OrdinalIgnoreCase);
        path = root >= 0 ? path[(root + WebApiPaths.Root.Length)..] : path.TrimStart('/');
        return (Uri.UnescapeDataString(path), query);
    }
}
