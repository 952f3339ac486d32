using System.Net.Http.Headers;
using System.Text;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Testing;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Tests;

/// <summary>
/// An in-memory organization with the package's tables, served on loopback, and an HttpClient carrying the server's
/// token with its BaseAddress at /api/data/v9.2/. Security is off unless asked, so a test sees the wire format alone.
/// </summary>
public sealed class ServedOrg : IAsyncLifetime
{
    private readonly LocalOrganizationOptions options;
    private readonly LocalWebApiServerOptions? serverOptions;

    public ServedOrg()
        : this(new LocalOrganizationOptions { SolutionFolders = [RepositoryPaths.PackageSolution], EnforceSecurity = false })
    {
    }

    internal ServedOrg(LocalOrganizationOptions options, LocalWebApiServerOptions? serverOptions = null)
    {
        this.options = options;
        this.serverOptions = serverOptions;
    }

    public Guid UserId { get; } = Guid.NewGuid();

    public LocalOrganization Organization { get; private set; } = null!;

    public LocalWebApiServer Server { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Organization = LocalOrganization.CreateInMemory(options);
        Server = await LocalWebApiServer.StartAsync(Organization, serverOptions ?? new LocalWebApiServerOptions { DefaultUserId = UserId });
        Client = NewClient(Server.Token);
    }

    /// <summary>A client of this server sending <paramref name="token"/> (null: no Authorization header).</summary>
    public HttpClient NewClient(string? token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Server.Url, "/api/data/v9.2/") };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Organization.Dispose();
    }

    public static StringContent Json(object body) =>
        new(body is string text ? text : JObject.FromObject(body).ToString(), Encoding.UTF8, "application/json");

    public static async Task<JObject> ReadJson(HttpResponseMessage response) =>
        JObject.Parse(await response.Content.ReadAsStringAsync());

    /// <summary>Creates a row over HTTP and returns its id, read from OData-EntityId.</summary>
    public async Task<Guid> Create(string entitySet, object body)
    {
        using var response = await Client.PostAsync(entitySet, Json(body));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        var url = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(url[(url.LastIndexOf('(') + 1)..^1]);
    }
}
