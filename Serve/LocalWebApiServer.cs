using System.Net;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Serve.Endpoints;
using DataverseSharing.Serve.Faults;
using DataverseSharing.Serve.Http;
using DataverseSharing.Serve.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DataverseSharing.Serve;

/// <summary>
/// A LocalDataverse organization behind Dataverse's Web API v9.2, on 127.0.0.1 only: requests need
/// <c>Authorization: Bearer &lt;Token&gt;</c> (new random token per start) and run through the organization's
/// plug-ins and security as <see cref="LocalWebApiServerOptions.DefaultUserId"/>. See docs/serve.md.
/// </summary>
public sealed class LocalWebApiServer : IAsyncDisposable
{
    private readonly WebApplication application;

    private LocalWebApiServer(WebApplication application, Uri url, string token)
    {
        this.application = application;
        Url = url;
        Token = token;
    }

    /// <summary>http://127.0.0.1:&lt;port&gt;, without the /api/data/v9.2 path.</summary>
    public Uri Url { get; }

    public string Token { get; }

    /// <summary>The connection string a client uses: <c>Url=http://127.0.0.1:&lt;port&gt;;AuthType=LocalToken;Token=&lt;hex&gt;</c>.</summary>
    public string ConnectionString => $"Url={Url.GetLeftPart(UriPartial.Authority)};AuthType=LocalToken;Token={Token}";

    /// <summary>Starts serving <paramref name="organization"/>; the caller keeps owning it (and disposes it after the server).</summary>
    public static async Task<LocalWebApiServer> StartAsync(LocalOrganization organization, LocalWebApiServerOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "The port must be from 0 (any free port) to 65535.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();

        // No configuration at all: an appsettings.json or a Kestrel__Endpoints__* variable must not add an endpoint
        // beyond loopback (Kestrel binds its configuration's endpoints beside the ones listed here).
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();

        // Loopback only, whatever the configuration or environment says: the token is the only guard.
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        builder.WebHost.UseSetting(WebHostDefaults.PreventHostingStartupKey, "true");
        var application = builder.Build();
        var token = LocalToken.New();
        var serve = new ServeContext(organization, options.DefaultUserId);
        var handler = new HttpHandler(new WebApiDispatcher(serve), token, new FaultInjection(options.Faults, options.Seed), options.DegreeOfParallelismHint);
        application.Run(handler.HandleAsync);
        await application.StartAsync(cancellation).ConfigureAwait(false);
        var addresses = application.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        if (addresses is not [var address] || !IPAddress.IsLoopback(IPAddress.Parse(new Uri(address).Host)))
        {
            await application.StopAsync(cancellation).ConfigureAwait(false);
            await application.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException($"The server would listen on {string.Join(", ", addresses)}; it serves on 127.0.0.1 only.");
        }

        var url = new Uri(address);
        serve.BaseUrl = url.GetLeftPart(UriPartial.Authority);
        return new LocalWebApiServer(application, url, token.Value);
    }

    /// <summary>Stops listening; requests running finish first.</summary>
    public Task StopAsync(CancellationToken cancellation = default) => application.StopAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await application.StopAsync().ConfigureAwait(false);
        await application.DisposeAsync().ConfigureAwait(false);
    }
}
