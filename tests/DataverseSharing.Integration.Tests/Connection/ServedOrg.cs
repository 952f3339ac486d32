using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Connection;
using DataverseSharing.Integration.Demo;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve;
using DataverseSharing.Serve.Faults;
using DataverseSharing.Testing.Time;

namespace DataverseSharing.Integration.Tests.Connection;

/// <summary>
/// An org file served over loopback the way <c>dataverse-sharing serve</c> serves it (the console's own open
/// options, the administrator as the default caller), and the console run against it with --connection.
/// </summary>
public sealed class ServedOrg : IAsyncDisposable
{
    private readonly LocalOrganization organization;
    private readonly LocalWebApiServer server;
    private int requests;

    private ServedOrg(LocalOrganization organization, LocalWebApiServer server)
    {
        this.organization = organization;
        this.server = server;
    }

    public string ConnectionString => server.ConnectionString;

    public string Token => server.Token;

    public Uri Url => server.Url;

    /// <summary>HTTP requests the console sent (every attempt, retries included) since the last <see cref="ResetCount"/>.</summary>
    public int Requests => Volatile.Read(ref requests);

    /// <summary>The waits the console's retries took, on a clock that does not sleep.</summary>
    public InstantClock Clock { get; private set; } = new();

    public static async Task<ServedOrg> StartAsync(string orgPath, string? faults = null, int seed = 0)
    {
        var organization = LocalOrganization.Open(orgPath, new EmbeddedConnectionFactory(TextWriter.Null, _ => null).Options(TextWriter.Null));
        try
        {
            var server = await LocalWebApiServer.StartAsync(organization, new LocalWebApiServerOptions
            {
                DefaultUserId = DemoPeople.AdministratorId,
                Faults = faults is null ? FaultSpec.None : FaultSpec.Parse(faults),
                Seed = seed,
            });
            return new ServedOrg(organization, server);
        }
        catch
        {
            organization.Dispose();
            throw;
        }
    }

    public void ResetCount()
    {
        Volatile.Write(ref requests, 0);
        Clock = new InstantClock();
    }

    /// <summary>Runs the console with --connection &lt;this server's string&gt; appended.</summary>
    public Task<CliResult> RunAsync(params string[] args) => RunWithAsync(args.Concat(new[] { "--connection", ConnectionString }).ToArray());

    /// <summary>Runs the console with exactly these arguments, the Web API factory counting requests to this server.</summary>
    public async Task<CliResult> RunWithAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(output, error, new EmbeddedConnectionFactory(error, _ => null))
        {
            WebApiConnections = new WebApiConnectionFactory(error, _ => null)
            {
                Clock = Clock,
                Transport = () => new CountingHandler(this) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } },
            },
        };
        var code = await CliApplication.RunAsync(context, args);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        organization.Dispose();
    }

    private sealed class CountingHandler(ServedOrg owner) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref owner.requests);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
