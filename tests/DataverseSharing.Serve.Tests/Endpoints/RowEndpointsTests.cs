using System.Net;
using System.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class RowEndpointsTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Create_ThenRetrieve_ReturnsTypedColumnsEtagAndLookup()
    {
        var account = await org.Create("accounts", new { name = "Fabrikam", revenue = 1250.5m, numberofemployees = 40 });
        var contact = await org.Create("contacts", new JObject
        {
            ["lastname"] = "Ito",
            ["parentcustomerid_account@odata.bind"] = $"/accounts({account})",
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, $"contacts({contact})?$select=lastname,_parentcustomerid_value");
        request.Headers.Add("Prefer", "odata.include-annotations=\"*\"");
        using var response = await org.Client.SendAsync(request);
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ito", (string)json["lastname"]!);
        Assert.Equal(account, (Guid)json["_parentcustomerid_value"]!);
        Assert.Equal("account", (string)json["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.Matches("^W/\"[0-9]+\"$", (string)json["@odata.etag"]!);
        Assert.EndsWith("$metadata#contacts(lastname,_parentcustomerid_value)/$entity", (string)json["@odata.context"]!, StringComparison.Ordinal);

        using var accountResponse = await org.Client.GetAsync($"accounts({account})?$select=revenue,numberofemployees");
        var accountJson = await ServedOrg.ReadJson(accountResponse);
        Assert.Equal(1250.5m, (decimal)accountJson["revenue"]!);
        Assert.Equal(40, (int)accountJson["numberofemployees"]!);
    }

    [Fact]
    public async Task Create_WithReturnRepresentation_Is201WithTheRow()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "accounts?$select=name") { Content = ServedOrg.Json(new { name = "Litware" }) };
        request.Headers.Add("Prefer", "return=representation");
        using var response = await org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Litware", (string)(await ServedOrg.ReadJson(response))["name"]!);
    }

    [Fact]
    public async Task Create_WithClientId_KeepsItAndDuplicateIs412()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, await org.Create("accounts", new { accountid = id, name = "Client id" }));

        using var again = await org.Client.PostAsync("accounts", ServedOrg.Json(new { accountid = id, name = "Client id" }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, again.StatusCode);
        Assert.Equal("0x80040237", (string)(await ServedOrg.ReadJson(again))["error"]!["code"]!);
    }

    [Fact]
    public async Task Retrieve_MissingRow_Is404WithObjectDoesNotExist()
    {
        using var response = await org.Client.GetAsync($"accounts({Guid.NewGuid()})");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("0x80040217", (string)(await ServedOrg.ReadJson(response))["error"]!["code"]!);
    }

    [Fact]
    public async Task Create_UnknownProperty_Is400NamingIt()
    {
        using var response = await org.Client.PostAsync("accounts", ServedOrg.Json(new { name = "x", nosuchcolumn = 1 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await ServedOrg.ReadJson(response))["error"]!;
        Assert.Equal("0x80060888", (string)error["code"]!);
        Assert.Contains("nosuchcolumn", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WrongJsonType_Is400NamingTheColumn()
    {
        using var response = await org.Client.PostAsync("accounts", ServedOrg.Json(new { name = 12 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("account.name", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_WithoutConditions_UpsertsById()
    {
        var id = Guid.NewGuid();
        using (var created = await org.Client.PatchAsync($"accounts({id})", ServedOrg.Json(new { name = "Upserted" })))
        {
            Assert.Equal(HttpStatusCode.NoContent, created.StatusCode);
        }

        using (var updated = await org.Client.PatchAsync($"accounts({id})", ServedOrg.Json(new { name = "Upserted again" })))
        {
            Assert.Equal(HttpStatusCode.NoContent, updated.StatusCode);
        }

        using var read = await org.Client.GetAsync($"accounts({id})?$select=name");
        Assert.Equal("Upserted again", (string)(await ServedOrg.ReadJson(read))["name"]!);
    }

    [Fact]
    public async Task Patch_IfMatchStarOnMissingRow_Is404AndCreatesNothing()
    {
        var id = Guid.NewGuid();
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"accounts({id})") { Content = ServedOrg.Json(new { name = "Nope" }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        using var response = await org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var read = await org.Client.GetAsync($"accounts({id})");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Patch_IfNoneMatchStarOnExistingRow_Is412()
    {
        var id = await org.Create("accounts", new { name = "Exists" });
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"accounts({id})") { Content = ServedOrg.Json(new { name = "Again" }) };
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        using var response = await org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task Patch_StaleEtag_Is412AndTheCurrentEtagUpdates()
    {
        var id = await org.Create("accounts", new { name = "Versioned" });
        using var first = await org.Client.GetAsync($"accounts({id})?$select=name");
        var etag = (string)(await ServedOrg.ReadJson(first))["@odata.etag"]!;
        using (var change = await org.Client.PatchAsync($"accounts({id})", ServedOrg.Json(new { name = "Changed by another" })))
        {
            Assert.Equal(HttpStatusCode.NoContent, change.StatusCode);
        }

        using var stale = new HttpRequestMessage(HttpMethod.Patch, $"accounts({id})") { Content = ServedOrg.Json(new { name = "Mine" }) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        using var refused = await org.Client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.PreconditionFailed, refused.StatusCode);
        Assert.Equal("0x80060882", (string)(await ServedOrg.ReadJson(refused))["error"]!["code"]!);
    }

    [Fact]
    public async Task Patch_AlternateKeyUrl_CreatesThenUpdatesTheSameRow()
    {
        var key = "serve-key-" + Guid.NewGuid().ToString("N")[..8];
        using (var create = await org.Client.PatchAsync($"dvs_bestpractices(dvs_practicekey='{key}')", ServedOrg.Json(new { dvs_name = "By key", dvs_topic = 617420000 })))
        {
            Assert.Equal(HttpStatusCode.NoContent, create.StatusCode);
        }

        using (var update = await org.Client.PatchAsync($"dvs_bestpractices(dvs_practicekey='{key}')", ServedOrg.Json(new { dvs_name = "By key, renamed" })))
        {
            Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        }

        using var read = await org.Client.GetAsync($"dvs_bestpractices?$select=dvs_name&$filter=dvs_practicekey eq '{key}'");
        var rows = (JArray)(await ServedOrg.ReadJson(read))["value"]!;
        Assert.Equal("By key, renamed", (string)Assert.Single(rows)["dvs_name"]!);
    }

    [Fact]
    public async Task Delete_RemovesTheRow()
    {
        var id = await org.Create("accounts", new { name = "Doomed" });

        using var delete = await org.Client.DeleteAsync($"accounts({id})");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var read = await org.Client.GetAsync($"accounts({id})");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task PutColumn_SetsOneColumn_AndGetColumnReadsIt()
    {
        var id = await org.Create("accounts", new { name = "Before" });

        using var put = await org.Client.PutAsync($"accounts({id})/name", ServedOrg.Json(new { value = "After" }));
        using var get = await org.Client.GetAsync($"accounts({id})/name");

        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal("After", (string)(await ServedOrg.ReadJson(get))["value"]!);
    }
}
