using System.Net;
using DataverseSharing.LocalDataverse;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests.Endpoints;

public sealed class SecurityAndLoadTests
{
    [Fact]
    public async Task Create_AsUserWithoutRoles_Is403WithMissingPrivilegeAndWritesNothing()
    {
        var org = new ServedOrg(new LocalOrganizationOptions { EnforceSecurity = true }, null);
        await org.InitializeAsync();
        try
        {
            var unit = new EntityReference("businessunit", org.Organization.SystemService.Create(new Entity("businessunit") { ["name"] = "Root" }));
            var user = org.Organization.SystemService.Create(new Entity("systemuser") { ["lastname"] = "No roles", ["businessunitid"] = unit });
            using var request = new HttpRequestMessage(HttpMethod.Post, "accounts") { Content = ServedOrg.Json(new { name = "Refused" }) };
            request.Headers.Add("MSCRMCallerID", user.ToString());

            using var response = await org.Client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("0x80040220", (string)(await ServedOrg.ReadJson(response))["error"]!["code"]!);
            Assert.Empty(org.Organization.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account")).Entities);
        }
        finally
        {
            await org.DisposeAsync();
        }
    }

    [Fact]
    public async Task Create_FromEightThreadsAtOnce_LosesNothing()
    {
        var org = new ServedOrg(new LocalOrganizationOptions { EnforceSecurity = false }, null);
        await org.InitializeAsync();
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(async () =>
            {
                for (var i = 0; i < 25; i++)
                {
                    await org.Create("accounts", new { name = $"t{thread}-{i}" });
                }
            })));

            using var response = await org.Client.GetAsync("accounts?$select=name&$count=true");
            Assert.Equal(200, (int)(await ServedOrg.ReadJson(response))["@odata.count"]!);
        }
        finally
        {
            await org.DisposeAsync();
        }
    }

    [Fact]
    public async Task Get_MoreThan5000Rows_PagesAt5000ByDefault()
    {
        var org = new ServedOrg(new LocalOrganizationOptions { EnforceSecurity = false }, null);
        await org.InitializeAsync();
        try
        {
            var rows = new EntityCollection { EntityName = "account" };
            for (var i = 0; i < 5_120; i++)
            {
                rows.Entities.Add(new Entity("account") { ["name"] = $"bulk {i:0000}" });
            }

            org.Organization.SystemService.Execute(new OrganizationRequest("CreateMultiple") { ["Targets"] = rows });
            var ids = new HashSet<Guid>();
            var pages = new List<int>();
            string? url = "accounts?$select=accountid";
            while (url is not null)
            {
                using var response = await org.Client.GetAsync(url);
                var json = await ServedOrg.ReadJson(response);
                var value = (JArray)json["value"]!;
                pages.Add(value.Count);
                Assert.All(value, row => Assert.True(ids.Add((Guid)row["accountid"]!)));
                url = (string?)json["@odata.nextLink"];
            }

            Assert.Equal(new[] { 5_000, 120 }, pages);
        }
        finally
        {
            await org.DisposeAsync();
        }
    }
}
