using DataverseSharing.Integration.Connection;

namespace DataverseSharing.Integration.Tests.Connection;

public sealed class OrgPathResolverTests
{
    [Fact]
    public void Resolve_ExplicitPath_WinsOverEnvironment()
    {
        var path = OrgPathResolver.Resolve("mine.db", _ => "/elsewhere/env.db");

        Assert.Equal(Path.GetFullPath("mine.db"), path);
    }

    [Fact]
    public void Resolve_EnvironmentVariable_UsedWithoutExplicitPath()
    {
        var path = OrgPathResolver.Resolve(null, name => name == OrgPathResolver.EnvironmentVariable ? "/elsewhere/env.db" : null);

        Assert.Equal(Path.GetFullPath("/elsewhere/env.db"), path);
    }

    [Fact]
    public void Resolve_Nothing_UsesTheLocalDataFolder()
    {
        var path = OrgPathResolver.Resolve(null, _ => null);

        Assert.EndsWith(Path.Combine("DataverseSharing", "org.db"), path, StringComparison.Ordinal);
    }
}
