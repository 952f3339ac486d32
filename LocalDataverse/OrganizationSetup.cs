using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Pipeline.Solution;
using DataverseSharing.LocalDataverse.Setup;
using Microsoft.Xrm.Sdk;
using Standard = DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse;

/// <summary>
/// What an organization is made of before its database opens: the tables and the plug-in steps, read from the
/// options' solution folders, code registrations and discovery. Everything is read and checked first, so bad input
/// opens and creates nothing.
/// </summary>
/// <param name="SystemRows">
/// The platform's rows the database must hold once open, exactly (Setup/SystemRowSync writes what differs and
/// removes the rest): today the registration rows of <see cref="RegistrationRows"/>. Another kind of system row
/// read from the folders (customapi, ...) is added here, in <see cref="From"/>, with one more spread into the list.
/// </param>
internal sealed record OrganizationSetup(MetadataCatalog Catalog, PluginPipeline Pipeline, IReadOnlyList<Entity> SystemRows)
{
    /// <exception cref="MetadataException">A solution folder that cannot be read; names the folder, file and line.</exception>
    /// <exception cref="StepRegistrationException">A step Dataverse would refuse; names where it was registered.</exception>
    public static OrganizationSetup From(LocalOrganizationOptions options) => From(options, [], null);

    /// <summary>
    /// The setup of an organization that has, beside its options' folders, the solutions imported into it since it
    /// opened (<paramref name="imported"/>, their files held in memory). Tables then come from the standard tables and
    /// every solution; <paramref name="current"/>, the catalog the organization has now, must keep all its tables, so
    /// an import never drops a table (one of a catalog given in the options that no solution defines is refused).
    /// </summary>
    public static OrganizationSetup From(LocalOrganizationOptions options, IReadOnlyList<(string Folder, IReadOnlyList<SolutionFile> Files)> imported, MetadataCatalog? current)
    {
        var solutions = options.SolutionFolders.Select(folder => (Folder: folder, Files: InFolder(folder, () => SolutionSource.FromDirectory(folder))))
            .Concat(imported).ToList();
        var catalog = imported.Count > 0
            ? Keeping(current, Load(solutions))
            : options.Catalog ?? (solutions.Count == 0 ? LocalMetadata.Default : Load(solutions));
        var content = SolutionContent.Read(options, solutions);

        // Every message the organization handles: the engine's, the custom APIs', the options' custom handlers'.
        // Steps may be registered on any of them, as Dataverse allows steps on custom API messages, and a folder's
        // step files may name any of them.
        var handlers = CustomMessageHandlers.AddTo(content.Handlers, options.MessageHandlers);
        var fromSolutions = solutions.SelectMany(s => InFolder(s.Folder, () => SolutionStepReader.Read(s.Folder, s.Files, options.PluginAssemblies, handlers.MessageNames.Select(SdkMessageNames.Of)))).ToList();
        var pipeline = RegisteredSteps.PipelineOf(options, catalog, fromSolutions, handlers);
        var registrations = solutions.Select(s => InFolder(s.Folder, () => SolutionRegistration.Read(s.Files))).OfType<SolutionRegistration>().ToList();
        IReadOnlyList<Entity> systemRows =
        [
            .. RegistrationRows.Build(registrations, pipeline.Steps),
            .. content.Rows,
        ];
        return new OrganizationSetup(catalog, pipeline, systemRows) { Content = content, Handlers = handlers };
    }

    /// <summary>The handlers of every message the organization serves (built-in, custom APIs, custom handlers).</summary>
    public MessageHandlerRegistry Handlers { get; init; } = MessageHandlerRegistry.CreateDefault();

    /// <summary>The folders' and the options' custom APIs, roles and environment variables (see <see cref="SolutionContent"/>).</summary>
    public SolutionContent Content { get; init; } = SolutionContent.None;

    // The package's own solution is not part of an organization built from other solutions: the standard tables
    // and the given folders' tables are, as in an environment where only those solutions were imported.
    private static MetadataCatalog Load(IEnumerable<(string Folder, IReadOnlyList<SolutionFile> Files)> solutions)
    {
        var builder = Standard.StandardTables.AddTo(new MetadataCatalogBuilder());
        foreach (var (folder, files) in solutions)
        {
            InFolder(folder, () => SolutionMetadataReader.AddTo(builder, files));
        }

        return InFolder(string.Join(", ", solutions.Select(s => s.Folder)), builder.Build);
    }

    private static MetadataCatalog Keeping(MetadataCatalog? current, MetadataCatalog next)
    {
        var lost = current?.Tables.FirstOrDefault(t => !next.TryGetTable(t.LogicalName, out _));
        return lost is null
            ? next
            : throw new MetadataException(
                $"The table '{lost.LogicalName}' of the organization is in none of its solutions (it came from LocalOrganizationOptions.Catalog or the package's embedded solution); an import rebuilds the tables from the standard ones and the solutions, and would drop it. Open the organization with SolutionFolders instead.");
    }

    internal static T InFolder<T>(string folder, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (MetadataException e)
        {
            throw new MetadataException($"Solution folder '{folder}': {e.Message}", e);
        }
    }
}
