using System.Net;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class RefAndChangeTrackingTests(ServedOrg org) : IClassFixture<ServedOrg>
{
    [Fact]
    public async Task Ref_PostThenDeleteOnOneToMany_LinksAndUnlinksTheChild()
    {
        var account = await org.Create("accounts", new { name = "Parent" });
        var contact = await org.Create("contacts", new { lastname = "Child" });

        using var link = await org.Client.PostAsync($"accounts({account})/contact_customer_accounts/$ref", ServedOrg.Json(new JObject { ["@odata.id"] = $"{org.Server.Url}api/data/v9.2/contacts({contact})" }));
        Assert.Equal(HttpStatusCode.NoContent, link.StatusCode);
        Assert.Equal(account, await ParentOf(contact));

        using var unlink = await org.Client.DeleteAsync($"accounts({account})/contact_customer_accounts({contact})/$ref");
        Assert.Equal(HttpStatusCode.NoContent, unlink.StatusCode);
        Assert.Null(await ParentOf(contact));
    }

    [Fact]
    public async Task Ref_PutOnLookup_SetsItAndDeleteClearsIt()
    {
        var account = await org.Create("accounts", new { name = "Lookup parent" });
        var contact = await org.Create("contacts", new { lastname = "Lookup child" });

        using var put = await org.Client.PutAsync($"contacts({contact})/parentcustomerid_account/$ref", ServedOrg.Json(new JObject { ["@odata.id"] = $"accounts({account})" }));
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        Assert.Equal(account, await ParentOf(contact));

        using var delete = await org.Client.DeleteAsync($"contacts({contact})/parentcustomerid_account/$ref");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Null(await ParentOf(contact));
    }

    [Fact]
    public async Task TrackChanges_DeltaLink_ReturnsOnlyLaterChangesAndDeletions()
    {
        var kept = await org.Create("dvs_bestpractices", new { dvs_name = "Tracked kept", dvs_topic = 617420000, dvs_practicekey = "t-" + Guid.NewGuid().ToString("N")[..8] });
        var removed = await org.Create("dvs_bestpractices", new { dvs_name = "Tracked removed", dvs_topic = 617420000, dvs_practicekey = "t-" + Guid.NewGuid().ToString("N")[..8] });
        using var first = new HttpRequestMessage(HttpMethod.Get, "dvs_bestpractices?$select=dvs_name");
        first.Headers.Add("Prefer", "odata.track-changes");
        using var initial = await org.Client.SendAsync(first);
        var initialJson = await ServedOrg.ReadJson(initial);
        Assert.Equal("odata.track-changes", initial.Headers.GetValues("Preference-Applied").Single());
        var delta = (string)initialJson["@odata.deltaLink"]!;
        Assert.Contains("$deltatoken=", delta, StringComparison.Ordinal);

        using (await org.Client.PatchAsync($"dvs_bestpractices({kept})", ServedOrg.Json(new { dvs_name = "Tracked changed" })))
        using (await org.Client.DeleteAsync($"dvs_bestpractices({removed})"))
        {
        }

        using var later = await org.Client.GetAsync(delta);
        var value = (JArray)(await ServedOrg.ReadJson(later))["value"]!;

        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal("Tracked changed", (string)Assert.Single(value, v => v["dvs_name"] is not null)["dvs_name"]!);
        var gone = Assert.Single(value, v => (string?)v["reason"] == "deleted");
        Assert.Equal(removed, (Guid)gone["id"]!);
        Assert.EndsWith("$metadata#dvs_bestpractices/$deletedEntity", (string)gone["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackChanges_WithFilter_Is400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "accounts?$filter=name eq 'x'");
        request.Headers.Add("Prefer", "odata.track-changes");
        using var response = await org.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$filter", (string)(await ServedOrg.ReadJson(response))["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntityDefinitions_OfATable_GivesItsSetColumnsTypesAndKeys()
    {
        using var response = await org.Client.GetAsync("EntityDefinitions(LogicalName='dvs_bestpractice')?$select=LogicalName&$expand=Attributes");
        var json = await ServedOrg.ReadJson(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("dvs_bestpractices", (string)json["EntitySetName"]!);
        Assert.Equal("dvs_bestpracticeid", (string)json["PrimaryIdAttribute"]!);
        Assert.Equal("String", (string)((JArray)json["Attributes"]!).Single(a => (string)a["LogicalName"]! == "dvs_name")["AttributeType"]!);
        Assert.Contains(((JArray)json["Keys"]!), k => ((JArray)k["KeyAttributes"]!).Select(c => (string)c!).SequenceEqual(["dvs_practicekey"]));
    }

    private async Task<Guid?> ParentOf(Guid contact)
    {
        using var response = await org.Client.GetAsync($"contacts({contact})?$select=_parentcustomerid_value");
        return (Guid?)(await ServedOrg.ReadJson(response))["_parentcustomerid_value"];
    }
}
