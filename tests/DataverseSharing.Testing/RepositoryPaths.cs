namespace DataverseSharing.Testing;

/// <summary>Finds the checkout's folders from the test assembly's location, wherever the build put it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataverseSharing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DataverseSharing.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => RootPath.Value;

    /// <summary>The committed solution source: for tests that read or compare its files.</summary>
    public static string SolutionSource => Path.Combine(Root, "Solution", "src");

    /// <summary>
    /// Solution/src with its built plug-in package, as copied beside the test assembly by its own build: what a test
    /// opens an org from. The source tree's package file may be replaced by a build running beside the tests.
    /// </summary>
    public static string PackageSolution => Path.Combine(AppContext.BaseDirectory, "PackageSolution");
}
