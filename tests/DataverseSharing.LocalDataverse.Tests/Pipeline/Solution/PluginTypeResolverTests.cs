using System.Runtime.Loader;
using DataverseSharing.Plugins.Guards;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// Which copy of a plug-in type a solution's steps run: the package's solution (Solution/src, with the nupkg the
/// Plugins build packs into it) opened with and without the Plugins build given in PluginAssemblies.
/// </summary>
public sealed class PluginTypeResolverTests
{
    private const string GuardUpdateStep = "cf5b7baa-c1fa-4b25-b5b5-42c7c3091399";

    [Fact]
    public void SolutionFolders_PackageTypeAlsoGiven_StepRunsTheGivenAssemblysType()
    {
        var setup = OrganizationSetup.From(new LocalOrganizationOptions { SolutionFolders = [RepositoryPaths.PackageSolution], PluginAssemblies = [typeof(PracticeLifecycleGuard).Assembly] });

        var step = setup.Pipeline.Steps.Single(s => s.Id == new Guid(GuardUpdateStep));

        Assert.Same(typeof(PracticeLifecycleGuard), step.PluginType);
    }

    [Fact]
    public void SolutionFolders_PackageAlone_StepRunsThePackagesCopyLoadedApart()
    {
        var setup = OrganizationSetup.From(new LocalOrganizationOptions { SolutionFolders = [RepositoryPaths.PackageSolution] });

        var type = setup.Pipeline.Steps.Single(s => s.Id == new Guid(GuardUpdateStep)).PluginType!;

        Assert.Equal(typeof(PracticeLifecycleGuard).FullName, type.FullName);
        Assert.NotSame(typeof(PracticeLifecycleGuard), type);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(type.Assembly));
    }

    // No PluginAssemblies/*.dll.data.xml lists a package's types: the custom API names its type by the id the type's
    // plugintype row gets, and it resolves with or without the given assembly.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SolutionFolders_CustomApiOnAPackageType_ResolvedByThePluginTypeRowId(bool given)
    {
        var setup = OrganizationSetup.From(new LocalOrganizationOptions
        {
            SolutionFolders = [RepositoryPaths.PackageSolution],
            PluginAssemblies = given ? [typeof(PracticeLifecycleGuard).Assembly] : [],
        });

        var api = Assert.IsType<LocalDataverse.Service.Messages.CustomApiHandler>(setup.Handlers.Resolve(new Microsoft.Xrm.Sdk.OrganizationRequest("dvs_SuggestPractices"))).Api;

        Assert.Equal(typeof(Plugins.Suggestions.SuggestPracticesApi).FullName, api.PluginType!.FullName);
        Assert.Equal(given, ReferenceEquals(typeof(Plugins.Suggestions.SuggestPracticesApi), api.PluginType));
    }
}
