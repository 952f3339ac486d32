namespace DataverseSharing.Packer.Tests;

/// <summary>
/// The sample solutions of tests/Samples as `pac solution unpack` leaves them, copied beside these tests by the build,
/// each copied again into a test's folder with its built plug-in assembly or package in place.
/// </summary>
internal static class SampleSolutions
{
    /// <summary>The PluginAssemblies file of ContosoSolution's assembly, as its .dll.data.xml names it.</summary>
    internal const string PluginsDll = "PluginAssemblies/ContosoPlugins-3B0D5C2A-7E41-4F6B-9A1D-5C0E8F2B4D61/ContosoPlugins.dll";

    internal const string PackageNupkg = "pluginpackages/contoso_ContosoPackage/package/contoso_ContosoPackage.nupkg";

    private static string Samples => Path.Combine(AppContext.BaseDirectory, "Samples");

    /// <summary>ContosoSolution: a table, an environment variable, a signed plug-in assembly and three steps with images.</summary>
    internal static string PluginAssemblySolution(string parent)
    {
        var folder = Copy("ContosoSolution", parent);
        File.Copy(Path.Combine(Samples, "ContosoPlugins.dll"), Path.Combine(folder, PluginsDll));
        return folder;
    }

    /// <summary>ContosoPackageSolution: a table, a plug-in package (nupkg with a dependent assembly) and a step on its type.</summary>
    internal static string PluginPackageSolution(string parent) => Copy("ContosoPackageSolution", parent);

    private static string Copy(string name, string parent)
    {
        var source = Path.Combine(Samples, name);
        var target = Path.Combine(parent, name + "-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }
}
