using DataverseSharing.Integration.Cli;
using DataverseSharing.WebApi;
using DataverseSharing.WebApi.Connection;
using DataverseSharing.WebApi.Resilience;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Connection;

/// <summary>
/// Opens a real Dataverse (or <c>dataverse-sharing serve</c>) over the Web API, from --connection or --profile. The
/// connection is proved with one WhoAmI before any command runs, so a wrong URL, token or server fails first, in
/// one line, with nothing written. Retries and throttle waits are reported on stderr, one line each.
/// </summary>
public sealed class WebApiConnectionFactory : IConnectionFactory
{
    private readonly TextWriter progress;
    private readonly Func<string, string?> environment;

    public WebApiConnectionFactory(TextWriter progress, Func<string, string?>? environment = null)
    {
        this.progress = progress;
        this.environment = environment ?? Environment.GetEnvironmentVariable;
    }

    /// <summary>Where the pac.config lookup starts (the current folder).</summary>
    public string CurrentFolder { get; init; } = Environment.CurrentDirectory;

    /// <summary>The user's folder, whose pac.config is looked at last.</summary>
    public string? UserFolder { get; init; } = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    /// <summary>The clock retries wait on (tests pass one that does not sleep).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The innermost HTTP handler; null for a socket (tests wrap one to count requests).</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    public OrgConnection Open(OrgOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = Resolve(options);
        var service = Connect(connection, callerId: null);
        try
        {
            var userId = WhoAmI(service, connection);
            if (options.ActAs is { } actAs)
            {
                userId = UserFinder.Find(service, actAs);
                service.Dispose();
                service = Connect(connection, userId);
            }

            return new OrgConnection(service, userId, connection.Url.AbsoluteUri, service);
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    public OrgConnection Create(OrgOptions options, bool force) =>
        throw CliException.Usage("init creates the embedded LocalDataverse org; it does not apply to --connection or --profile.");

    /// <summary>The connection the options name; a bad string, unknown profile or missing secret is a usage error.</summary>
    public DataverseConnectionString Resolve(OrgOptions options)
    {
        try
        {
            if (options.ConnectionString is { } text)
            {
                return DataverseConnectionString.Parse(text);
            }

            var name = options.Profile ?? throw new ArgumentException("neither --connection nor --profile given", nameof(options));
            return PacConfigLookup.Find(name, CurrentFolder, UserFolder).Resolve(environment);
        }
        catch (DataverseConnectionException e)
        {
            throw new CliException(ExitCodes.Usage, e.Message, e);
        }
    }

    private WebApiOrganizationService Connect(DataverseConnectionString connection, Guid? callerId)
    {
        var client = DataverseHttpClientFactory.Create(connection, new DataverseHttpClientOptions
        {
            Resilience = new DataverseResilienceOptions { TimeProvider = Clock, Report = line => progress.WriteLine("retry: " + line) },
            SignInPrompt = progress.WriteLine,
            CallerId = callerId,
            Transport = Transport,
        });
        return new WebApiOrganizationService(client, ownsClient: true);
    }

    private static Guid WhoAmI(IOrganizationService service, DataverseConnectionString connection)
    {
        var host = connection.Url.GetLeftPart(UriPartial.Authority);
        try
        {
            var userId = ((WhoAmIResponse)service.Execute(new WhoAmIRequest())).UserId;
            return userId != Guid.Empty
                ? userId
                : throw new CliException(ExitCodes.Environment, $"{host} is not a Dataverse Web API: WhoAmI named no user.");
        }
        catch (DataverseConnectionException e)
        {
            throw new CliException(ExitCodes.Environment, e.Message, e);
        }
        catch (Exception e) when (e is not (CliException or OperationCanceledException))
        {
            // A real Dataverse answers WhoAmI for any signed-in user, so whatever else comes back (a fault, a body
            // the connector cannot read) means some other server answered: the probe exists to say exactly that.
            throw new CliException(ExitCodes.Environment, $"{host} is not a Dataverse Web API: WhoAmI failed ({CommandRunner.OneLine(e.Message)})", e);
        }
    }
}
