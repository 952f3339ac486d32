using System.Net;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class CollectionEndpointTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Get_SelectFilterOrderByTop_ReturnsTheMatchingRowsInOrder()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        foreach (var (name, employees) in new[] { ("b", 5), ("a", 50), ("c", 500), ("d", 1) })
        {
            await org.Create("accounts", new { name = tag + name, numberofemployees = employees });
        }

        using var response = await org.Client.GetAsync($"accounts?$select=name&$filter=startswith(name,'{tag}') and numberofemployees ge 5&$orderby=numberofemployees desc&$top=2");
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { tag + "c", tag + "a" }, ((JArray)json["value"]!).Select(r => (string)r["name"]!));
        Assert.Null(json["@odata.nextLink"]);
        Assert.EndsWith("$metadata#accounts(name)", (string)json["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MaxPageSize_PagesThroughNextLinksOverEveryRowOnce()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 12; i++)
        {
            await org.Create("accounts", new { name = $"{tag}-{i:00}" });
        }

        var seen = new List<string>();
        var pages = 0;
        string? url = $"accounts?$select=name&$filter=startswith(name,'{tag}')";
        while (url is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Prefer", "odata.maxpagesize=5");
            using var response = await org.Client.SendAsync(request);
            var json = await ServedOrg.ReadJson(response);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var rows = (JArray)json["value"]!;
            Assert.True(rows.Count <= 5);
            seen.AddRange(rows.Select(r => (string)r["name"]!));
            url = (string?)json["@odata.nextLink"];
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"{tag}-{i:00}").Order(), seen.Order());
    }

    [Fact]
    public async Task Get_FetchXml_ReturnsTheRowsWithLinkedColumns()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var account = await org.Create("accounts", new { name = tag + " parent" });
        await org.Create("contacts", new JObject { ["lastname"] = tag, ["parentcustomerid_account@odata.bind"] = $"/accounts({account})" });
        var fetch = $"<fetch><entity name='contact'><attribute name='lastname'/><filter><condition attribute='lastname' operator='eq' value='{tag}'/></filter>" +
            "<link-entity name='account' from='accountid' to='parentcustomerid' alias='a'><attribute name='name'/></link-entity></entity></fetch>";

        using var response = await org.Client.GetAsync("contacts?fetchXml=" + Uri.EscapeDataString(fetch));
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single((JArray)json["value"]!);
        Assert.Equal(tag, (string)row["lastname"]!);
        Assert.Equal(tag + " parent", (string)row["a_x002e_name"]!);
    }

    [Fact]
    public async Task Get_FetchXmlWithCount_GivesThePagingCookieWhenAsked()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 3; i++)
        {
            await org.Create("accounts", new { name = $"{tag}{i}" });
        }

        var fetch = $"<fetch count='2' page='1'><entity name='account'><attribute name='name'/><filter><condition attribute='name' operator='like' value='{tag}%'/></filter></entity></fetch>";
        using var request = new HttpRequestMessage(HttpMethod.Get, "accounts?fetchXml=" + Uri.EscapeDataString(fetch));
        request.Headers.Add("Prefer", "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"");
        using var response = await org.Client.SendAsync(request);
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(2, ((JArray)json["value"]!).Count);
        Assert.True((bool)json["@Microsoft.Dynamics.CRM.morerecords"]!);
        Assert.StartsWith("<cookie pagenumber=\"2\"", (string)json["@Microsoft.Dynamics.CRM.fetchxmlpagingcookie"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accounts?$skip=5", "$skip")]
    [InlineData("accounts?$expand=primarycontactid", "$expand")]
    [InlineData("accounts?$filter=name eq", "$filter")]
    [InlineData("accounts?$select=nosuch", "nosuch")]
    [InlineData("accounts?$orderby=name sideways", "name sideways")]
    [InlineData("accounts?$top=0", "$top")]
    public async Task Get_BadQueryOption_Is400NamingIt(string url, string named)
    {
        using var response = await org.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await ServedOrg.ReadJson(response))["error"]!;
        Assert.Equal("0x80060888", (string)error["code"]!);
        Assert.Contains(named, (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownEntitySet_Is404NamingTheSegment()
    {
        using var response = await org.Client.GetAsync("acounts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("'acounts'", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }
}
