using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DataverseSharing.WebApi.Tests;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (any free port) that answers each request with a script: the request's
/// number (1, 2, ...) and the context, so a test can throttle, fail, drop or misbehave on the attempts it chooses.
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private int requests;

    private ScriptedServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri Url { get; private set; } = null!;

    public int Requests => Volatile.Read(ref requests);

    public static async Task<ScriptedServer> StartAsync(Func<HttpContext, int, Task> script, X509Certificate2? tlsCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (tlsCertificate is not null)
            {
                listen.UseHttps(tlsCertificate);
            }
        }));
        var app = builder.Build();
        var server = new ScriptedServer(app);
        app.Run(context => script(context, Interlocked.Increment(ref server.requests)));
        await app.StartAsync();
        server.Url = new Uri(app.Urls.First() + "/");
        return server;
    }

    /// <summary>Writes Dataverse's error JSON with a status and a code.</summary>
    public static Task WriteErrorAsync(HttpContext context, int status, string hexCode, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        return context.Response.WriteAsync($"{{\"error\":{{\"code\":\"{hexCode}\",\"message\":\"{message}\"}}}}");
    }

    public static Task WriteJsonAsync(HttpContext context, string json = "{}")
    {
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
