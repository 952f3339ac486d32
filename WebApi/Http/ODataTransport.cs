using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DataverseSharing.WebApi.Http;

/// <summary>
/// Sends operations over the caller's HttpClient (its handlers add the token and the resilience) with the headers
/// every Dataverse Web API call carries, and turns a failure into the fault Dataverse meant. Holds no state of its
/// own beyond the client, so any number of threads may send through one instance.
/// </summary>
internal sealed class ODataTransport
{
    /// <summary>Formatted values, lookup targets and error details come back as annotations only when asked for.</summary>
    public const string AllAnnotations = "odata.include-annotations=\"*\"";

    public ODataTransport(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.BaseAddress is null || !client.BaseAddress.AbsolutePath.EndsWith('/'))
        {
            throw new ArgumentException(
                $"The HttpClient's BaseAddress must be the Web API root ending in '/', like https://org.crm.dynamics.com/api/data/v9.2/; it is '{client.BaseAddress}'.",
                nameof(client));
        }

        Client = client;
    }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>Sends one operation; the result's body streams from the network until disposed.</summary>
    public async Task<WebApiResult> SendAsync(WebApiOperation operation, CancellationToken cancellation)
    {
        using var request = Build(operation);
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
        try
        {
            await ThrowIfFailedAsync(response, cancellation).ConfigureAwait(false);
            var headers = WebApiResult.NewHeaders();
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                headers[header.Key] = string.Join(", ", header.Value);
            }

            var body = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            return new WebApiResult(response.StatusCode, headers, new OwningStream(body, response));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public HttpRequestMessage Build(WebApiOperation operation)
    {
        var request = new HttpRequestMessage(operation.Method, new Uri(operation.Url, UriKind.RelativeOrAbsolute));
        AddStandardHeaders(request.Headers, operation);
        if (operation.Body is not null)
        {
            request.Content = new StringContent(operation.Body, Encoding.UTF8, "application/json");
        }

        return request;
    }

    public static void AddStandardHeaders(HttpRequestHeaders headers, WebApiOperation operation)
    {
        headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        headers.TryAddWithoutValidation("OData-MaxVersion", "4.0");
        headers.TryAddWithoutValidation("OData-Version", "4.0");
        headers.TryAddWithoutValidation("Prefer", string.Join(",", operation.Preferences.Append(AllAnnotations)));
        foreach (var (name, value) in operation.Headers)
        {
            headers.TryAddWithoutValidation(name, value);
        }
    }

    public static async Task ThrowIfFailedAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellation).ConfigureAwait(false);
        throw WebApiFaults.FromResponse(response.StatusCode, body, RetryAfter(response), response.RequestMessage?.RequestUri);
    }

    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    public static TimeSpan? RetryAfter(string? header) =>
        double.TryParse(header, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds) : null;

    /// <summary>A response body that disposes its response (and so frees the connection) when the reader is done.</summary>
    private sealed class OwningStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override int Read(Span<byte> buffer) => inner.Read(buffer);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
