using System.Reflection;
using DataverseSharing.LocalDataverse.Metadata;

namespace DataverseSharing.LocalDataverse;

/// <summary>How a local organization is set up; every setting has a default.</summary>
public sealed record LocalOrganizationOptions
{
    public static LocalOrganizationOptions Default { get; } = new();

    /// <summary>
    /// The tables: by default the standard tables plus the <see cref="SolutionFolders"/>' tables, or the package's
    /// own solution when no folder is given.
    /// </summary>
    public MetadataCatalog? Catalog { get; init; }

    /// <summary>
    /// Unpacked solutions (the layout `pac solution unpack` writes) the organization is made of, as if imported:
    /// their tables, and their plug-in steps with images (SdkMessageProcessingSteps/*.xml), whose plug-in types are
    /// found in <see cref="PluginAssemblies"/>. None by default.
    /// </summary>
    public IReadOnlyList<string> SolutionFolders { get; init; } = Array.Empty<string>();

    /// <summary>
    /// The assemblies that hold the plug-ins: the solution folders' steps name their types in them, and
    /// <see cref="DiscoverSteps"/> reads steps from them; none by default.
    /// </summary>
    public IReadOnlyList<Assembly> PluginAssemblies { get; init; } = Array.Empty<Assembly>();

    /// <summary>Steps registered in code, for tests without a solution folder; none by default.</summary>
    public IReadOnlyList<Pipeline.StepDefinition> Steps { get; init; } = Array.Empty<Pipeline.StepDefinition>();

    /// <summary>
    /// Finds the steps each of <see cref="PluginAssemblies"/> declares (for example from attributes on its plug-in
    /// classes); none by default, as the engine knows no plug-in project's way of declaring steps.
    /// </summary>
    public Pipeline.StepDiscovery? DiscoverSteps { get; init; }

    /// <summary>
    /// Custom APIs registered in code, for tests without a solution folder (a folder's customapis/ are read as
    /// well): requests named after one check its parameters and run its plug-in; none by default.
    /// </summary>
    public IReadOnlyList<Service.Messages.CustomApiDefinition> CustomApis { get; init; } = Array.Empty<Service.Messages.CustomApiDefinition>();

    /// <summary>
    /// Enforces security roles for every user but SYSTEM, as Dataverse does (on by default). Callers then need a
    /// systemuser row with roles; turn it off for tests that are not about security.
    /// </summary>
    public bool EnforceSecurity { get; init; } = true;

    /// <summary>
    /// Handlers for messages the engine does not know (see <see cref="Service.Messages.ICustomMessageHandler"/>): they run
    /// through the pipeline, so steps on their messages fire. A handler named like a built-in message is refused.
    /// </summary>
    public IReadOnlyList<Service.Messages.ICustomMessageHandler> MessageHandlers { get; init; } = Array.Empty<Service.Messages.ICustomMessageHandler>();

    /// <summary>
    /// The role definitions role rows are matched to; by default the package's and the standard roles plus the
    /// <see cref="SolutionFolders"/>' Roles/*.xml.
    /// </summary>
    public Security.RoleCatalog? Roles { get; init; }

    /// <summary>
    /// The lenient mode, for tests that have no metadata (as FakeXrmEasy works): a Create, Update or Upsert by SYSTEM
    /// (or with <see cref="EnforceSecurity"/> off) on a table the organization lacks defines it, with a column for
    /// each value written, typed by the value; later writes add their new columns; a value of another type than the
    /// one inferred is a fault naming the column. Off by default: a write to an unknown table then faults as in
    /// Dataverse. In memory only: <see cref="LocalOrganization.Open"/> refuses it, since inferred tables are in no
    /// solution and a file reopened without the same writes would not have them.
    /// </summary>
    public bool InferUnknownTables { get; init; }

    /// <summary>The clock requests and system jobs read; the system clock by default.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Runs queued asynchronous steps in the background; off by default so tests drain deterministically.</summary>
    public bool RunAsyncJobsInBackground { get; init; }

    /// <summary>How a file database is opened (lock waits, journal mode); the defaults when null.</summary>
    public Storage.LocalDatabaseOptions? Database { get; init; }

    /// <summary>
    /// Unpacks the zip of an ImportSolution or ImportSolutionAsync request, so the solution can be loaded into the
    /// open organization; without it those requests fail, naming the request.
    /// </summary>
    public ISolutionPackageReader? SolutionPackageReader { get; init; }

    /// <summary>How often the background runner looks for due jobs.</summary>
    public TimeSpan AsyncPollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
