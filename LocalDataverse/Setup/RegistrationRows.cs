using System.Globalization;
using System.Reflection;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Pipeline.Solution;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Setup;

/// <summary>
/// The rows Dataverse keeps for what is registered (solution, publisher, pluginpackage, pluginassembly, plugintype,
/// sdkmessage, sdkmessagefilter, sdkmessageprocessingstep, sdkmessageprocessingstepimage), built from the loaded
/// solutions and the checked steps of every source, with Dataverse's column names. Ids are the ones the source gives
/// (step and image ids, the ids a .dll.data.xml lists, the documented sdkmessage ids), else stable ones derived from
/// names. A package's assemblies carry its packageid, and all its plug-in types are rows, as an import writes them.
/// </summary>
internal static class RegistrationRows
{
    /// <summary>Rows in the order they can be created: each after the rows it looks up.</summary>
    public static IReadOnlyList<Entity> Build(IReadOnlyList<SolutionRegistration> solutions, IReadOnlyList<StepDefinition> steps)
    {
        var rows = new RowSet();
        foreach (var solution in solutions)
        {
            var publisherId = StableIds.Of("publisher", solution.Publisher.UniqueName);
            rows.Add(new Entity("publisher", publisherId)
            {
                ["uniquename"] = solution.Publisher.UniqueName,
                ["friendlyname"] = solution.Publisher.FriendlyName,
                ["customizationprefix"] = solution.Publisher.CustomizationPrefix,
                ["customizationoptionvalueprefix"] = solution.Publisher.CustomizationOptionValuePrefix,
            });
            rows.Add(new Entity("solution", StableIds.Of("solution", solution.UniqueName))
            {
                ["uniquename"] = solution.UniqueName,
                ["friendlyname"] = solution.FriendlyName,
                ["version"] = solution.Version,
                ["ismanaged"] = solution.Managed,
                ["publisherid"] = new EntityReference("publisher", publisherId),
            });
        }

        var packageOf = AddPackages(rows, solutions);
        foreach (var step in steps)
        {
            var type = step.PluginType ?? throw new InvalidOperationException($"Step {step.Id:D} was checked without a plug-in type.");
            var assemblyId = AddAssembly(rows, type.Assembly, solutions, packageOf);
            var typeId = AddType(rows, type, assemblyId, solutions);
            // Platform messages keep the id Microsoft documents; the others (CreateMultiple, custom APIs, custom
            // handlers) have an id per environment in Dataverse, so here one derived from the name, stable across opens.
            var messageId = SdkMessageIds.IdOf(step.Message) ?? CustomMessages.MessageId(step.Message);
            rows.Add(new Entity("sdkmessage", messageId) { ["name"] = step.Message });
            EntityReference? filter = null;
            if (step.Table != "none")
            {
                filter = new EntityReference("sdkmessagefilter", StableIds.Of("sdkmessagefilter", $"{step.Message}/{step.Table}"));
                rows.Add(new Entity(filter.LogicalName, filter.Id)
                {
                    ["sdkmessageid"] = new EntityReference("sdkmessage", messageId),
                    ["primaryobjecttypecode"] = step.Table,
                    ["secondaryobjecttypecode"] = "none",
                });
            }

            rows.Add(StepRow(step, typeId, messageId, filter));
            foreach (var image in step.Images)
            {
                rows.Add(ImageRow(step, image));
            }
        }

        return rows.InOrder();
    }

    private static Entity StepRow(StepDefinition step, Guid typeId, Guid messageId, EntityReference? filter) => new("sdkmessageprocessingstep", step.Id)
    {
        ["name"] = step.DisplayName,
        ["stage"] = new OptionSetValue((int)step.Stage),
        ["mode"] = new OptionSetValue((int)step.Mode),
        ["rank"] = step.Rank,
        ["filteringattributes"] = step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes),
        ["configuration"] = step.UnsecureConfiguration,
        ["plugintypeid"] = new EntityReference("plugintype", typeId),
        ["eventhandler"] = new EntityReference("plugintype", typeId),
        ["sdkmessageid"] = new EntityReference("sdkmessage", messageId),
        ["sdkmessagefilterid"] = filter,
        ["impersonatinguserid"] = step.RunAsUserId is { } user ? new EntityReference("systemuser", user) : null,
        ["asyncautodelete"] = step.AsyncAutoDelete,
        ["supporteddeployment"] = new OptionSetValue(0),
        ["statecode"] = new OptionSetValue(0),
        ["statuscode"] = new OptionSetValue(1),
    };

    private static Entity ImageRow(StepDefinition step, StepImageDefinition image) =>
        new("sdkmessageprocessingstepimage", image.Id != Guid.Empty ? image.Id : StableIds.Of("sdkmessageprocessingstepimage", $"{step.Id:D}/{image.Alias}"))
        {
            ["name"] = image.Name ?? image.Alias,
            ["entityalias"] = image.Alias,
            ["imagetype"] = new OptionSetValue((int)image.Kind),
            ["attributes"] = image.Attributes.Count == 0 ? null : string.Join(",", image.Attributes),
            ["messagepropertyname"] = image.MessagePropertyName,
            ["sdkmessageprocessingstepid"] = new EntityReference("sdkmessageprocessingstep", step.Id),
        };

    // Each package's row, then its assemblies that hold plug-in types (a dependency alone is no pluginassembly) and
    // those types; returns the package of each loaded package assembly.
    private static Dictionary<Assembly, Guid> AddPackages(RowSet rows, IReadOnlyList<SolutionRegistration> solutions)
    {
        var packageOf = new Dictionary<Assembly, Guid>();
        foreach (var solution in solutions)
        {
            foreach (var package in solution.Packages)
            {
                var packageId = StableIds.Of("pluginpackage", package.UniqueName);
                rows.Add(new Entity("pluginpackage", packageId)
                {
                    ["uniquename"] = package.UniqueName,
                    ["name"] = package.Name,
                    ["version"] = package.Version,
                    ["ismanaged"] = solution.Managed,
                    ["statecode"] = new OptionSetValue(0),
                    ["statuscode"] = new OptionSetValue(1),
                });
                foreach (var assembly in package.Assemblies)
                {
                    packageOf.TryAdd(assembly.Assembly, packageId);
                }
            }
        }

        foreach (var assembly in solutions.SelectMany(s => s.Packages).SelectMany(p => p.Assemblies).Where(a => a.PluginTypes.Count > 0))
        {
            var assemblyId = AddAssembly(rows, assembly.Assembly, solutions, packageOf);
            foreach (var type in assembly.PluginTypes)
            {
                AddType(rows, type, assemblyId, solutions);
            }
        }

        return packageOf;
    }

    private static Guid AddAssembly(RowSet rows, Assembly assembly, IReadOnlyList<SolutionRegistration> solutions, Dictionary<Assembly, Guid> packageOf)
    {
        var name = assembly.GetName();
        var simpleName = name.Name ?? assembly.FullName ?? "assembly";
        var given = solutions.Select(s => s.AssembliesByName.GetValueOrDefault(simpleName)).FirstOrDefault(a => a is not null);
        var id = given?.Id ?? StableIds.Of("pluginassembly", simpleName);
        var token = name.GetPublicKeyToken();
        var row = new Entity("pluginassembly", id)
        {
            ["name"] = simpleName,
            ["version"] = name.Version?.ToString() ?? "0.0.0.0",
            ["culture"] = string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
            ["publickeytoken"] = token is { Length: > 0 } ? Convert.ToHexStringLower(token) : null,
            ["isolationmode"] = new OptionSetValue(given?.IsolationMode ?? AssemblyRegistration.Sandbox),
            ["sourcetype"] = new OptionSetValue(0),
        };
        if (packageOf.TryGetValue(assembly, out var packageId))
        {
            row["packageid"] = new EntityReference("pluginpackage", packageId);
        }

        rows.Add(row);
        return id;
    }

    private static Guid AddType(RowSet rows, Type type, Guid assemblyId, IReadOnlyList<SolutionRegistration> solutions)
    {
        var key = SolutionRegistration.TypeKey(type);
        var id = solutions.Select(s => s.TypeIdsByName.TryGetValue(key, out var given) ? given : (Guid?)null).FirstOrDefault(g => g is not null)
            ?? StableIds.Of("plugintype", key);
        rows.Add(new Entity("plugintype", id)
        {
            ["typename"] = type.FullName,
            ["name"] = type.FullName,
            ["friendlyname"] = type.Name,
            ["assemblyname"] = type.Assembly.GetName().Name,
            ["version"] = type.Assembly.GetName().Version?.ToString(4) ?? "0.0.0.0",
            ["pluginassemblyid"] = new EntityReference("pluginassembly", assemblyId),
            ["isworkflowactivity"] = false,
        });
        return id;
    }

    /// <summary>Rows by table then id, first one kept: several steps share an assembly, a type, a message, a filter.</summary>
    private sealed class RowSet
    {
        private static readonly string[] Order =
            ["publisher", "solution", "pluginpackage", "pluginassembly", "plugintype", "sdkmessage", "sdkmessagefilter", "sdkmessageprocessingstep", "sdkmessageprocessingstepimage"];

        private readonly Dictionary<(string, Guid), Entity> rows = new();

        public void Add(Entity row) => rows.TryAdd((row.LogicalName, row.Id), row);

        public IReadOnlyList<Entity> InOrder() =>
            [.. rows.Values.OrderBy(r => Array.IndexOf(Order, r.LogicalName)).ThenBy(r => r.Id.ToString("D", CultureInfo.InvariantCulture), StringComparer.Ordinal)];
    }
}
