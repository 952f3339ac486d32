namespace DataverseSharing.Packer.Tests;

/// <summary>Folders of the repository the tests read: Solution/src and the fixtures beside these tests.</summary>
internal static class RepoPaths
{
    internal static string Root { get; } = FindRoot();

    internal static string SolutionSrc => Path.Combine(Root, "Solution", "src");

    internal static string Fixture(string name) => Path.Combine(Root, "tests", "DataverseSharing.Packer.Tests", "Fixtures", name);

    private static string FindRoot()
    {
        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "DataverseSharing.sln")))
            {
                return current.FullName;
            }
        }

        throw new InvalidOperationException("No DataverseSharing.sln above " + AppContext.BaseDirectory);
    }
}
