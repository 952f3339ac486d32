namespace DataverseSharing.Packer.Tests;

/// <summary>
/// A copy of Fixtures/Contoso (another publisher's solution in pac's layout: a custom table with main and quick forms, view and ribbon,
/// a role, a choice, a plug-in assembly with a step and image, an environment variable, an app module with its
/// sitemap, a web resource, a custom API on the plug-in type) with a real assembly as its plug-in assembly: this test assembly, whose RepoPaths type the
/// step names.
/// </summary>
internal static class ContosoFixture
{
    internal const string AssemblyPath = "PluginAssemblies/Contoso.Plugins-6D1A2B3C-0000-4000-8000-000000000001/Contoso.Plugins.dll";

    internal static string CopyTo(string parent)
    {
        var target = Path.Combine(parent, "contoso-" + Guid.NewGuid().ToString("N"));
        var source = RepoPaths.Fixture("Contoso");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        File.Copy(typeof(ContosoFixture).Assembly.Location, Path.Combine(target, AssemblyPath));
        return target;
    }
}
