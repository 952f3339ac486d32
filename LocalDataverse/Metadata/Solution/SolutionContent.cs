using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// What an organization gets from its solution folders besides tables and steps: custom APIs (with the options'
/// code-registered ones) as message handlers, roles joined to the role catalog, and the rows Dataverse keeps for
/// custom APIs and environment variables. Read whole before the database opens, so a bad file opens nothing.
/// </summary>
internal sealed record SolutionContent(MessageHandlerRegistry Handlers, RoleCatalog Roles, IReadOnlyList<Entity> Rows)
{
    public static SolutionContent None { get; } = new(MessageHandlerRegistry.CreateDefault(), RoleCatalog.Default, []);

    /// <exception cref="MetadataException">A folder's file that cannot be read; names the folder, file and line.</exception>
    /// <exception cref="ArgumentException">A code-registered custom API Dataverse would refuse.</exception>
    public static SolutionContent Read(LocalOrganizationOptions options, IReadOnlyList<(string Folder, IReadOnlyList<SolutionFile> Files)> solutions)
    {
        var roles = options.Roles ?? RoleCatalog.Default;
        var rows = new List<Entity>();
        var apis = options.CustomApis.Select(api => (Api: api, From: "LocalOrganizationOptions.CustomApis")).ToList();
        foreach (var (folder, files) in solutions)
        {
            roles = options.Roles ?? OrganizationSetup.InFolder(folder, () => SolutionRoles.Add(roles, files));
            rows.AddRange(OrganizationSetup.InFolder(folder, () => EnvironmentVariableReader.Read(files)));
            apis.AddRange(OrganizationSetup.InFolder(folder, () => CustomApiXmlReader.Read(files, options.PluginAssemblies)).Select(api => (api, $"solution folder '{folder}'")));
        }

        var handlers = MessageHandlerRegistry.CreateDefault();
        var builtIn = handlers.MessageNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (api, from) in apis)
        {
            if (builtIn.Contains(api.UniqueName))
            {
                throw new ArgumentException($"The custom API '{api.UniqueName}' of {from} has the name of a platform message.", nameof(options));
            }

            if (!seen.TryAdd(api.UniqueName, from))
            {
                throw new ArgumentException($"The custom API '{api.UniqueName}' of {from} is also registered by {seen[api.UniqueName]}.", nameof(options));
            }

            handlers.RegisterCustomApi(api);
        }

        rows.AddRange(CustomApiRows.For(apis.Select(a => a.Api)));
        return new SolutionContent(handlers, roles, rows);
    }
}
