using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class BatchEndpointTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Batch_GetAndChangeSet_RunsEachPartAndResolvesContentIds()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var body = new BatchBody()
            .ChangeSet(
                ("1", "POST", "/api/data/v9.2/accounts", new JObject { ["name"] = tag }),
                ("2", "POST", "contacts", new JObject { ["lastname"] = tag, ["parentcustomerid_account@odata.bind"] = "$1" }))
            .Request("GET", $"accounts?$select=name&$filter=name eq '{tag}'");

        using var response = await Send(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal(2, Count(text, "HTTP/1.1 204 No Content"));
        Assert.Contains("changesetresponse_", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 2", text, StringComparison.Ordinal);
        Assert.Contains($"\"name\":\"{tag}\"", text, StringComparison.Ordinal);
        using var contacts = await org.Client.GetAsync($"contacts?$select=_parentcustomerid_value&$filter=lastname eq '{tag}'");
        Assert.NotNull(Assert.Single((JArray)(await ServedOrg.ReadJson(contacts))["value"]!)["_parentcustomerid_value"]);
    }

    [Fact]
    public async Task Batch_ChangeSetWithFailingRequest_WritesNothingOfIt()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var body = new BatchBody().ChangeSet(
            ("1", "POST", "accounts", new JObject { ["name"] = tag }),
            ("2", "POST", "accounts", new JObject { ["name"] = tag, ["nosuchcolumn"] = 1 }));

        using var response = await Send(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("HTTP/1.1 400", text, StringComparison.Ordinal);
        Assert.DoesNotContain("204 No Content", text, StringComparison.Ordinal);
        Assert.Equal(0, await CountAccounts(tag));
    }

    [Fact]
    public async Task Batch_WithoutContinueOnError_StopsAtTheFirstFailure()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var body = new BatchBody()
            .Request("POST", "accounts", new JObject { ["name"] = tag })
            .Request("GET", $"accounts({Guid.NewGuid()})")
            .Request("POST", "accounts", new JObject { ["name"] = tag });

        using var response = await Send(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, Count(text, "204 No Content"));
        Assert.Contains("HTTP/1.1 404 Not Found", text, StringComparison.Ordinal);
        Assert.Equal(1, await CountAccounts(tag));
    }

    [Fact]
    public async Task Batch_WithContinueOnError_RunsEveryPart()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var body = new BatchBody()
            .Request("POST", "accounts", new JObject { ["name"] = tag })
            .Request("GET", $"accounts({Guid.NewGuid()})")
            .Request("POST", "accounts", new JObject { ["name"] = tag });

        using var response = await Send(body, "odata.continue-on-error");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Count(text, "204 No Content"));
        Assert.Contains("0x80040217", text, StringComparison.Ordinal);
        Assert.Equal(2, await CountAccounts(tag));
    }

    [Fact]
    public async Task Batch_GetInsideChangeSet_IsRefused()
    {
        using var response = await Send(new BatchBody().ChangeSet(("1", "GET", "accounts", null)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("GET", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_WithoutBoundary_IsRefused()
    {
        using var response = await org.Client.PostAsync("$batch", new StringContent("x", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("multipart/mixed", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(BatchBody body, string? prefer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = body.Content() };
        if (prefer is not null)
        {
            request.Headers.Add("Prefer", prefer);
        }

        return await org.Client.SendAsync(request);
    }

    private async Task<int> CountAccounts(string name)
    {
        using var response = await org.Client.GetAsync($"accounts?$select=name&$filter=name eq '{name}'");
        return ((JArray)(await ServedOrg.ReadJson(response))["value"]!).Count;
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}

/// <summary>Writes a $batch body as a client composes one: parts of application/http, change sets as nested multipart/mixed.</summary>
internal sealed class BatchBody
{
    private readonly string boundary = "batch_" + Guid.NewGuid().ToString("N");
    private readonly StringBuilder text = new();

    public BatchBody Request(string method, string url, JObject? body = null)
    {
        text.Append($"--{boundary}\r\n");
        Http(text, method, url, body, null);
        return this;
    }

    public BatchBody ChangeSet(params (string ContentId, string Method, string Url, JObject? Body)[] requests)
    {
        var changeSet = "changeset_" + Guid.NewGuid().ToString("N");
        text.Append($"--{boundary}\r\nContent-Type: multipart/mixed; boundary={changeSet}\r\n\r\n");
        foreach (var (id, method, url, body) in requests)
        {
            text.Append($"--{changeSet}\r\n");
            Http(text, method, url, body, id);
        }

        text.Append($"--{changeSet}--\r\n");
        return this;
    }

    public StringContent Content()
    {
        var content = new StringContent(text + $"--{boundary}--\r\n", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
        return content;
    }

    private static void Http(StringBuilder text, string method, string url, JObject? body, string? contentId)
    {
        text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append($"Content-ID: {contentId}\r\n");
        }

        text.Append($"\r\n{method} {url} HTTP/1.1\r\n");
        if (body is not null)
        {
            text.Append("Content-Type: application/json\r\n\r\n").Append(body.ToString(Newtonsoft.Json.Formatting.None)).Append("\r\n");
        }
        else
        {
            text.Append("\r\n");
        }
    }
}

public sealed class BatchEndpointInputTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Batch_WithoutClosingBoundary_Is400()
    {
        var content = new StringContent("--batch_x\r\nContent-Type: application/http\r\n\r\nGET accounts HTTP/1.1\r\n\r\n", System.Text.Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=batch_x");

        using var response = await org.Client.PostAsync("$batch", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Retrieve_WithExpand_Is400NamingIt()
    {
        var id = await org.Create("accounts", new { name = "Single" });

        using var response = await org.Client.GetAsync($"accounts({id})?$expand=primarycontactid");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$expand", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }
}
