using System.Net;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class ActionEndpointsTests(ActionOrg fixture) : IClassFixture<ActionOrg>
{
    private ServedOrg Org => fixture.Served;

    [Fact]
    public async Task WhoAmI_ReturnsTheDefaultUserAndTheOrganization()
    {
        using var response = await Org.Client.GetAsync("WhoAmI");
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Org.UserId, (Guid)json["UserId"]!);
        Assert.Equal(Org.Organization.Pipeline.OrganizationId, (Guid)json["OrganizationId"]!);
        Assert.EndsWith("#Microsoft.Dynamics.CRM.WhoAmIResponse", (string)json["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoAmI_WithCallerId_ActsAsThatUser()
    {
        var user = Org.Organization.SystemService.Create(new Microsoft.Xrm.Sdk.Entity("systemuser") { ["lastname"] = "Caller" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "WhoAmI()");
        request.Headers.Add("MSCRMCallerID", user.ToString());
        using var response = await Org.Client.SendAsync(request);

        Assert.Equal(user, (Guid)(await ServedOrg.ReadJson(response))["UserId"]!);
    }

    [Fact]
    public async Task WhoAmI_WithCallerObjectId_ActsAsTheUserWithThatEntraObjectId()
    {
        var objectId = Guid.NewGuid();
        var user = Org.Organization.SystemService.Create(new Microsoft.Xrm.Sdk.Entity("systemuser") { ["lastname"] = "Entra", ["azureactivedirectoryobjectid"] = objectId });
        using var request = new HttpRequestMessage(HttpMethod.Get, "WhoAmI");
        request.Headers.Add("CallerObjectId", objectId.ToString());
        using var response = await Org.Client.SendAsync(request);

        Assert.Equal(user, (Guid)(await ServedOrg.ReadJson(response))["UserId"]!);
    }

    [Fact]
    public async Task WhoAmI_WithUnknownCallerId_Is400NamingTheHeader()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "WhoAmI");
        request.Headers.Add("MSCRMCallerID", Guid.NewGuid().ToString());
        using var response = await Org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MSCRMCallerID", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WinOpportunity_ClosesTheOpportunityAsWon()
    {
        var account = await Org.Create("accounts", new { name = "Winner" });
        var opportunity = await Org.Create("opportunities", new JObject { ["name"] = "Deal", ["customerid_account@odata.bind"] = $"/accounts({account})" });

        using var win = await Org.Client.PostAsync("WinOpportunity", ServedOrg.Json(new JObject
        {
            ["Status"] = 3,
            ["OpportunityClose"] = new JObject { ["subject"] = "Won it", ["opportunityid@odata.bind"] = $"/opportunities({opportunity})" },
        }));

        Assert.Equal(HttpStatusCode.NoContent, win.StatusCode);
        using var read = await Org.Client.GetAsync($"opportunities({opportunity})?$select=statecode,statuscode");
        var json = await ServedOrg.ReadJson(read);
        Assert.Equal((1, 3), ((int)json["statecode"]!, (int)json["statuscode"]!));
    }

    [Fact]
    public async Task LoseOpportunity_UnknownParameter_Is400NamingIt()
    {
        using var response = await Org.Client.PostAsync("LoseOpportunity", ServedOrg.Json(new { Status = 4, Reason = "x" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Reason'", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMultiple_ReturnsTheIdsAndUpsertMultipleByKeyUpdatesThem()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        using var created = await Org.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.CreateMultiple", ServedOrg.Json(new JObject
        {
            ["Targets"] = new JArray(ids.Select(id => new JObject { ["@odata.type"] = "Microsoft.Dynamics.CRM.account", ["accountid"] = id, ["name"] = tag })),
        }));
        var json = await ServedOrg.ReadJson(created);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal(ids, ((JArray)json["Ids"]!).Select(t => (Guid)t));

        using var upserted = await Org.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.UpsertMultiple", ServedOrg.Json(new JObject
        {
            ["Targets"] = new JArray(
                new JObject { ["@odata.type"] = "Microsoft.Dynamics.CRM.account", ["@odata.id"] = $"accounts({ids[0]})", ["name"] = tag + "-upserted" },
                new JObject { ["@odata.type"] = "Microsoft.Dynamics.CRM.account", ["@odata.id"] = $"accounts({Guid.NewGuid()})", ["name"] = tag + "-upserted" }),
        }));

        Assert.Equal(HttpStatusCode.NoContent, upserted.StatusCode);
        using var read = await Org.Client.GetAsync($"accounts?$select=name&$filter=startswith(name,'{tag}')");
        Assert.Equal(new[] { tag, tag + "-upserted", tag + "-upserted" }, ((JArray)(await ServedOrg.ReadJson(read))["value"]!).Select(r => (string)r["name"]!).Order());
    }

    [Fact]
    public async Task UpdateMultiple_ItemWithoutODataType_Is400()
    {
        using var response = await Org.Client.PostAsync("accounts/Microsoft.Dynamics.CRM.UpdateMultiple", ServedOrg.Json(new JObject
        {
            ["Targets"] = new JArray(new JObject { ["name"] = "x" }),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("@odata.type", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomApi_Unbound_TakesTypedParametersAndReturnsItsProperties()
    {
        var account = await Org.Create("accounts", new { name = "Echoed" });

        using var response = await Org.Client.PostAsync("new_Echo", ServedOrg.Json(new JObject
        {
            ["Text"] = "hello",
            ["Count"] = 21,
            ["Account"] = new JObject { ["@odata.type"] = "Microsoft.Dynamics.CRM.account", ["accountid"] = account },
        }));
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("hello", (string)json["Echoed"]!);
        Assert.Equal(42, (int)json["Doubled"]!);
        Assert.Equal(account, (Guid)json["Account"]!["accountid"]!);
        Assert.EndsWith("#Microsoft.Dynamics.CRM.new_EchoResponse", (string)json["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomApi_WrongParameterType_Is400NamingTheParameter()
    {
        using var response = await Org.Client.PostAsync("new_Echo", ServedOrg.Json(new { Text = "x", Count = "many" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Count'", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomApi_MissingRequiredParameter_IsTheEngineFault()
    {
        using var response = await Org.Client.PostAsync("new_Echo", ServedOrg.Json(new { Count = 1 }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("^0x8004", (string)(await ServedOrg.ReadJson(response))["error"]!["code"]!);
    }

    [Fact]
    public async Task CustomApi_BoundToRow_GetsTheRowAsTarget()
    {
        var account = await Org.Create("accounts", new { name = "Bound" });

        using var response = await Org.Client.PostAsync($"accounts({account})/Microsoft.Dynamics.CRM.new_Describe", ServedOrg.Json(new JObject()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Account Bound", (string)(await ServedOrg.ReadJson(response))["Description"]!);
    }

    [Fact]
    public async Task UnknownOperation_Is404()
    {
        using var response = await Org.Client.PostAsync("new_Nothing", ServedOrg.Json(new JObject()));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
