using DataverseSharing.Testing.ApiListing;
namespace DataverseSharing.Sdk.Tests.ApiListing;

public class SurfaceConformanceTests
{
    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void UnlistedMembers_Surface_NoneOutsideTheOfficialListing(string assemblyName)
    {
        IReadOnlyList<string> offenders = SurfaceConformance.UnlistedMembers(
            SurfaceAssemblies.Get(assemblyName), OfficialApi.Load(assemblyName));

        Assert.True(
            offenders.Count == 0,
            $"{offenders.Count} member(s) of {assemblyName} are not in the official listing:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void MismatchedTypes_Surface_KindModifiersBaseAndInterfacesMatchTheListing(string assemblyName)
    {
        IReadOnlyList<string> offenders = SurfaceConformance.MismatchedTypes(
            SurfaceAssemblies.Get(assemblyName), OfficialApi.Load(assemblyName));

        Assert.True(
            offenders.Count == 0,
            $"{offenders.Count} type(s) of {assemblyName} disagree with the official listing:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void List_Surface_DeclaresTypesAndMembers(string assemblyName)
    {
        IReadOnlyList<string> lines = ApiLister.List(SurfaceAssemblies.Get(assemblyName));

        Assert.Contains(lines, l => l.StartsWith("T ", StringComparison.Ordinal));
        Assert.Contains(lines, l => !l.StartsWith("T ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnlistedMembers_MemberWithChangedSignature_IsReported()
    {
        OfficialApi official = OfficialApi.Load("Microsoft.Xrm.Sdk");
        const string Listed = "M Microsoft.Xrm.Sdk.IOrganizationService::Delete(System.String, System.Guid) : System.Void";
        const string Changed = "M Microsoft.Xrm.Sdk.IOrganizationService::Delete(System.String, System.String) : System.Void";
        var surface = EmittedInterface.Declaring(
            "Microsoft.Xrm.Sdk.IOrganizationService",
            ("Delete", typeof(void), [typeof(string), typeof(Guid)]),
            ("Delete", typeof(void), [typeof(string), typeof(string)]));

        IReadOnlyList<string> offenders = SurfaceConformance.UnlistedMembers(surface, official);

        Assert.Contains(Listed, official.Lines);
        Assert.Contains(Listed, ApiLister.List(surface));
        Assert.Equal([Changed], offenders);
    }

    [Fact]
    public void UnlistedMembers_OnlyListedMembers_ReportsNone()
    {
        var surface = EmittedInterface.Declaring(
            "Microsoft.Xrm.Sdk.IOrganizationService",
            ("Delete", typeof(void), [typeof(string), typeof(Guid)]));

        Assert.Empty(SurfaceConformance.UnlistedMembers(surface, OfficialApi.Load("Microsoft.Xrm.Sdk")));
    }
}
