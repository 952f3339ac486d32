using System.Reflection;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// The third-party sample in tests/Samples: ContosoPlugins, a net462 plug-in project in the `pac plugin init`
/// shape built against Sdk/, and ContosoSolution, its unpacked solution (table contoso_widget, the assembly's data
/// file, steps on Create, Update and Delete, an environment variable). The assembly is loaded from its build
/// output by path, as an import loads a registered assembly; the tests never see its types at compile time.
/// </summary>
internal static class ContosoSample
{
    public const string CreateStep = "3b0d5c2a-0001-4f6b-9a1d-5c0e8f2b4d61";
    public const string UpdateStep = "3b0d5c2a-0002-4f6b-9a1d-5c0e8f2b4d61";
    public const string DeleteStep = "3b0d5c2a-0003-4f6b-9a1d-5c0e8f2b4d61";

    private static readonly Lazy<Assembly> Loaded = new(() => Assembly.LoadFrom(AssemblyPath));

    public static string SolutionFolder => Path.Combine(RepositoryPaths.Root, "tests", "Samples", "ContosoSolution");

    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "Samples", "ContosoPlugins.dll");

    public static Assembly Plugins => Loaded.Value;

    public static LocalOrganizationOptions Options(bool enforceSecurity = false) => new()
    {
        SolutionFolders = [SolutionFolder],
        PluginAssemblies = [Plugins],
        EnforceSecurity = enforceSecurity,
    };
}
