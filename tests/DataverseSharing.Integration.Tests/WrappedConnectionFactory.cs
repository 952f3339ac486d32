using DataverseSharing.Integration.Connection;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Tests;

/// <summary>The embedded org with its service wrapped, so a test can put a fault or a race between a command and the org.</summary>
public sealed class WrappedConnectionFactory : IConnectionFactory
{
    private readonly EmbeddedConnectionFactory inner;
    private readonly Func<IOrganizationService, IOrganizationService> wrap;

    public WrappedConnectionFactory(TextWriter progress, Func<IOrganizationService, IOrganizationService> wrap)
    {
        inner = new EmbeddedConnectionFactory(progress, _ => null);
        this.wrap = wrap;
    }

    public OrgConnection Open(OrgOptions options) => Wrap(inner.Open(options));

    public OrgConnection Create(OrgOptions options, bool force) => Wrap(inner.Create(options, force));

    private OrgConnection Wrap(OrgConnection connection) => new(wrap(connection.Service), connection.UserId, connection.Description, connection);
}
