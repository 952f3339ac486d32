using System.Net.Http.Headers;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve;
using DataverseSharing.Testing;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Tests.Loopback;

/// <summary>
/// An in-memory organization with the package's tables, served on loopback by Serve, and the connector talking to
/// it over real HTTP; <see cref="Requests"/> counts what went on the wire. <see cref="Local"/> is the same
/// organization in process, to seed rows and to compare with.
/// </summary>
public sealed class ServedConnector : IAsyncLifetime
{
    private readonly LocalOrganizationOptions options;
    private readonly Func<Guid, LocalWebApiServerOptions>? serverOptions;

    public ServedConnector()
        : this(new LocalOrganizationOptions { SolutionFolders = [RepositoryPaths.PackageSolution], EnforceSecurity = false })
    {
    }

    public ServedConnector(LocalOrganizationOptions options, Func<Guid, LocalWebApiServerOptions>? serverOptions = null)
    {
        this.options = options;
        this.serverOptions = serverOptions;
    }

    public Guid UserId { get; private set; } = Guid.NewGuid();

    public LocalOrganization Organization { get; private set; } = null!;

    public LocalWebApiServer Server { get; private set; } = null!;

    public IOrganizationService Local { get; private set; } = null!;

    public WebApiOrganizationService Service { get; private set; } = null!;

    public RequestCounter Requests { get; } = new();

    public async Task InitializeAsync()
    {
        Organization = LocalOrganization.CreateInMemory(options);
        Server = await LocalWebApiServer.StartAsync(Organization, serverOptions?.Invoke(UserId) ?? new LocalWebApiServerOptions { DefaultUserId = UserId });
        Local = Organization.ServiceAs(UserId);
        Service = NewService(Server.Token);
    }

    /// <summary>A connector of this server sending <paramref name="token"/>, its requests counted.</summary>
    public WebApiOrganizationService NewService(string token)
    {
        Requests.InnerHandler = new SocketsHttpHandler();
        var client = new HttpClient(Requests) { BaseAddress = new Uri(Server.Url, "/api/data/v9.2/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new WebApiOrganizationService(client, ownsClient: true);
    }

    public async Task DisposeAsync()
    {
        Service.Dispose();
        await Server.DisposeAsync();
        Organization.Dispose();
    }
}

/// <summary>Counts the requests sent, and remembers their methods and addresses.</summary>
public sealed class RequestCounter : DelegatingHandler
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public System.Collections.Concurrent.ConcurrentQueue<string> Sent { get; } = new();

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        Sent.Clear();
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        Sent.Enqueue($"{request.Method} {request.RequestUri?.PathAndQuery}");
        return base.SendAsync(request, cancellationToken);
    }
}
