using System.Net;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

/// <summary>fetchXml over an intersect table, and a linked table's lookup in a fetchXml answer.</summary>
public sealed class IntersectAndLinkedLookupTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    private const string Intersect = "dvs_bestpractice_contributor";

    [Fact]
    public async Task Get_FetchXmlOverIntersectTable_ReturnsTheAssociatedPairs()
    {
        var definition = await ServedOrg.ReadJson(await org.Client.GetAsync($"EntityDefinitions(LogicalName='{Intersect}')"));
        var set = (string)definition["EntitySetName"]!;
        var practice = await org.Create("dvs_bestpractices", new { dvs_name = "intersect " + Guid.NewGuid().ToString("N")[..8], dvs_topic = 617420000 });
        var user = await org.Create("systemusers", new { lastname = "Contributor", domainname = "contributor" + Guid.NewGuid().ToString("N")[..8] });
        using var link = await org.Client.PostAsync(
            $"dvs_bestpractices({practice})/{Intersect}/$ref",
            ServedOrg.Json(new JObject { ["@odata.id"] = $"{org.Server.Url}api/data/v9.2/systemusers({user})" }));
        Assert.True(link.IsSuccessStatusCode, await link.Content.ReadAsStringAsync());
        var fetch = $"<fetch><entity name='{Intersect}'><attribute name='dvs_bestpracticeid'/><attribute name='systemuserid'/>" +
            $"<filter><condition attribute='dvs_bestpracticeid' operator='eq' value='{practice}'/></filter></entity></fetch>";

        using var response = await org.Client.GetAsync(set + "?fetchXml=" + Uri.EscapeDataString(fetch));
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single((JArray)json["value"]!);
        Assert.Equal(user, Guid.Parse((string)row["_systemuserid_value"]!));
    }

    [Fact]
    public async Task Post_IntersectTableSet_RefusedNamingTheTable()
    {
        var definition = await ServedOrg.ReadJson(await org.Client.GetAsync($"EntityDefinitions(LogicalName='{Intersect}')"));

        using var response = await org.Client.PostAsync((string)definition["EntitySetName"]!, ServedOrg.Json(new JObject()));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Intersect, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FetchXmlLinkedLookup_NamedAliasDotColumnWithItsTable()
    {
        // Dataverse names a linked lookup "alias.column" (dot encoded), not "_alias.column_value".
        var tag = Guid.NewGuid().ToString("N")[..8];
        var parent = await org.Create("accounts", new { name = tag + " parent" });
        await org.Create("accounts", new JObject { ["name"] = tag + " child", ["parentaccountid@odata.bind"] = $"/accounts({parent})" });
        var fetch = $"<fetch><entity name='contact'><attribute name='lastname'/><filter><condition attribute='lastname' operator='eq' value='{tag}'/></filter>" +
            "<link-entity name='account' from='accountid' to='parentcustomerid' alias='a'><attribute name='parentaccountid'/></link-entity></entity></fetch>";
        var child = await ServedOrg.ReadJson(await org.Client.GetAsync($"accounts?$select=accountid&$filter=name eq '{tag} child'"));
        await org.Create("contacts", new JObject { ["lastname"] = tag, ["parentcustomerid_account@odata.bind"] = $"/accounts({(string)child["value"]![0]!["accountid"]!})" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "contacts?fetchXml=" + Uri.EscapeDataString(fetch));
        request.Headers.Add("Prefer", "odata.include-annotations=\"*\"");

        using var response = await org.Client.SendAsync(request);
        var row = Assert.Single((JArray)(await ServedOrg.ReadJson(response))["value"]!);

        Assert.Equal(parent, Guid.Parse((string)row["a_x002e_parentaccountid"]!));
        Assert.Equal("account", (string)row["a_x002e_parentaccountid@Microsoft.Dynamics.CRM.lookuplogicalname"]!);
        Assert.Null(row["_a_x002e_parentaccountid_value"]);
    }
}
