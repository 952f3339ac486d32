using System.Reflection;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse;

/// <summary>How a local organization is set up; every setting has a default.</summary>
public sealed record LocalOrganizationOptions
{
    public static LocalOrganizationOptions Default { get; } = new();

    /// <summary>The tables: by default the package's solution plus the standard tables it touches.</summary>
    public MetadataCatalog? Catalog { get; init; }

    /// <summary>Assemblies whose step declarations make up the plug-in pipeline; none by default.</summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = Array.Empty<Assembly>();

    /// <summary>
    /// Enforces security roles for every user but SYSTEM, as Dataverse does (on by default). Callers then need a
    /// systemuser row with roles; turn it off for tests that are not about security.
    /// </summary>
    public bool EnforceSecurity { get; init; } = true;

    /// <summary>The role definitions role rows are matched to; the package's and the standard roles by default.</summary>
    public Security.RoleCatalog? Roles { get; init; }

    /// <summary>The clock requests and system jobs read; the system clock by default.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Runs queued asynchronous steps in the background; off by default so tests drain deterministically.</summary>
    public bool RunAsyncJobsInBackground { get; init; }

    /// <summary>How a file database is opened (lock waits, journal mode); the defaults when null.</summary>
    public Storage.LocalDatabaseOptions? Database { get; init; }

    /// <summary>How often the background runner looks for due jobs.</summary>
    public TimeSpan AsyncPollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
