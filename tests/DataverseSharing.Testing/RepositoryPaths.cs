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

    public static string SolutionSource => Path.Combine(Root, "Solution", "src");
}
