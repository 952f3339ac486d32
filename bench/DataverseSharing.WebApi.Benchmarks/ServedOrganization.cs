using System.Net.Http.Headers;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve;
using DataverseSharing.Testing;

namespace DataverseSharing.WebApi.Benchmarks;

/// <summary>An in-memory organization with the package's tables behind serve on loopback, and a connector to it.</summary>
internal sealed class ServedOrganization : IDisposable
{
    private ServedOrganization(LocalOrganization organization, LocalWebApiServer server, Guid userId)
    {
        Organization = organization;
        Server = server;
        UserId = userId;
        Counter = new CountingHandler { InnerHandler = new SocketsHttpHandler() };
        Client = new HttpClient(Counter) { BaseAddress = new Uri(server.Url, "/api/data/v9.2/") };
        Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        Service = new WebApiOrganizationService(Client);
    }

    public LocalOrganization Organization { get; }

    public LocalWebApiServer Server { get; }

    public Guid UserId { get; }

    public CountingHandler Counter { get; }

    /// <summary>The client the connector sends through; a raw request on it is the baseline the overhead is measured against.</summary>
    public HttpClient Client { get; }

    public WebApiOrganizationService Service { get; }

    public static ServedOrganization Start(bool security = false)
    {
        var organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [RepositoryPaths.SolutionSource], EnforceSecurity = security });
        var userId = Guid.NewGuid();
        var server = LocalWebApiServer.StartAsync(organization, new LocalWebApiServerOptions { DefaultUserId = userId }).GetAwaiter().GetResult();
        return new ServedOrganization(organization, server, userId);
    }

    public void Dispose()
    {
        Service.Dispose();
        Client.Dispose();
        Server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Organization.Dispose();
    }
}

/// <summary>Counts requests on the wire.</summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Reset() => Interlocked.Exchange(ref count, 0);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return base.SendAsync(request, cancellationToken);
    }
}
