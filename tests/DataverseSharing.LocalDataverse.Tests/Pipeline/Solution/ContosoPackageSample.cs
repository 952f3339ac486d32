namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// The third-party plug-in package sample: tests/Samples/ContosoPackage (a net462 plug-in calling the separate
/// ContosoShared library) packed with `dotnet pack` at build time into the pluginpackages/ folder of
/// tests/Samples/ContosoPackageSolution, copied beside the tests; and this repository's own Plugins package, packed
/// the same way. The tests see neither package's types at compile time.
/// </summary>
internal static class ContosoPackageSample
{
    public const string StepId = "7a41c2e0-0001-4c3d-8e5f-2b6a9d0c1e37";
    public const string PackageFolder = "pluginpackages/contoso_ContosoPackage";
    public const string NupkgPath = PackageFolder + "/package/contoso_ContosoPackage.nupkg";
    public const string StepFile = "SdkMessageProcessingSteps/{" + StepId + "}.xml";

    public static string SolutionFolder => Path.Combine(AppContext.BaseDirectory, "Samples", "ContosoPackageSolution");

    public static string OwnPluginsPackage => Path.Combine(AppContext.BaseDirectory, "Samples", "DataverseSharing.Plugins.nupkg");

    public static LocalOrganizationOptions Options(string? folder = null) => new()
    {
        SolutionFolders = [folder ?? SolutionFolder],
        EnforceSecurity = false,
    };
}
