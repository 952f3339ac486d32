using System.Reflection;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse;

/// <summary>How a local organization is set up; every setting has a default.</summary>
public sealed record LocalOrganizationOptions
{
    public static LocalOrganizationOptions Default { get; } = new();

    /// <summary>The tables: by default the package's solution plus the standard tables it touches.</summary>
    public MetadataCatalog? Catalog { get; init; }

    /// <summary>The assemblies that hold the plug-ins: <see cref="DiscoverSteps"/> reads its steps from them; none by default.</summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = Array.Empty<Assembly>();

    /// <summary>Steps registered in code, for tests without a solution folder; none by default.</summary>
    public IReadOnlyList<Pipeline.StepDefinition> Steps { get; init; } = Array.Empty<Pipeline.StepDefinition>();

    /// <summary>
    /// Finds the steps each of <see cref="PluginAssemblies"/> declares (for example from attributes on its plug-in
    /// classes); none by default, as the engine knows no plug-in project's way of declaring steps.
    /// </summary>
    public Pipeline.StepDiscovery? DiscoverSteps { get; init; }

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

    /// <summary>How often the background runner looks for due jobs.</summary>
    public TimeSpan AsyncPollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
