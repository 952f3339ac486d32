using System.Net;
using System.Text;
using DataverseSharing.WebApi.Batch;
using DataverseSharing.WebApi.Http;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Tests.Batch;

public class BatchRoundTripTests
{
    private static readonly Uri Root = new("http://127.0.0.1:5000/api/data/v9.2/");

    [Fact]
    public async Task Write_ChangeSet_NumbersPartsAndCarriesAbsoluteUrlsAndBodies()
    {
        var operations = new[]
        {
            new WebApiOperation(HttpMethod.Post, "accounts", _ => new OrganizationResponse()) { Body = "{\"name\":\"A\"}" },
            new WebApiOperation(HttpMethod.Delete, "accounts(00000000-0000-0000-0000-000000000001)", _ => new OrganizationResponse()),
        };

        using var content = BatchRequestWriter.Write(Root, operations, changeSet: true);
        var text = await content.ReadAsStringAsync();

        Assert.StartsWith("multipart/mixed", content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("boundary=\"changeset_", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 1", text, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 2", text, StringComparison.Ordinal);
        Assert.Contains("POST http://127.0.0.1:5000/api/data/v9.2/accounts HTTP/1.1\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n{\"name\":\"A\"}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_ReadInChangeSet_IsRefusedNamingTheRequest()
    {
        var operations = new[] { new WebApiOperation(HttpMethod.Get, "WhoAmI", _ => new OrganizationResponse()) };

        var fault = Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => BatchRequestWriter.Write(Root, operations, changeSet: true));

        Assert.Contains("Request 0", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_NestedChangeSetResponse_GivesEachPartInOrderWithStatusAndBody()
    {
        var body = string.Join("\r\n",
            "--batchresponse_1",
            "Content-Type: multipart/mixed; boundary=changesetresponse_2",
            "",
            "--changesetresponse_2",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "Content-ID: 1",
            "",
            "HTTP/1.1 204 No Content",
            "OData-EntityId: http://h/api/data/v9.2/accounts(00000000-0000-0000-0000-000000000001)",
            "",
            "",
            "--changesetresponse_2--",
            "--batchresponse_1",
            "Content-Type: application/http",
            "Content-Transfer-Encoding: binary",
            "",
            "HTTP/1.1 400 Bad Request",
            "Content-Type: application/json",
            "",
            "{\"error\":{\"code\":\"0x80040203\",\"message\":\"bad\"}}",
            "--batchresponse_1--",
            "");

        var parts = await BatchResponseReader.ReadAsync("multipart/mixed; boundary=batchresponse_1", new MemoryStream(Encoding.UTF8.GetBytes(body)), CancellationToken.None);

        Assert.Equal(2, parts.Count);
        Assert.Equal((1, HttpStatusCode.NoContent), (parts[0].ContentId, parts[0].Status));
        Assert.Equal("http://h/api/data/v9.2/accounts(00000000-0000-0000-0000-000000000001)", parts[0].Headers["odata-entityid"]);
        Assert.Equal(HttpStatusCode.BadRequest, parts[1].Status);
        Assert.Equal("{\"error\":{\"code\":\"0x80040203\",\"message\":\"bad\"}}", Encoding.UTF8.GetString(parts[1].Body));
    }
}
