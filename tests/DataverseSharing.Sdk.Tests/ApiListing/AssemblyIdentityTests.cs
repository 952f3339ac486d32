using System.Reflection;

namespace DataverseSharing.Sdk.Tests.ApiListing;

public class AssemblyIdentityTests
{
    private const string MicrosoftPublicKeyToken = "31bf3856ad364e35";

    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void GetName_Net10Build_HasOfficialVersionAndPublicKeyToken(string assemblyName)
    {
        AssemblyName name = SurfaceAssemblies.Get(assemblyName).GetName();

        AssertOfficialIdentity(assemblyName, name);
    }

    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void GetAssemblyName_Net462Build_HasOfficialVersionAndPublicKeyToken(string assemblyName)
    {
        // Copied beside the tests by the test project (ProjectReference with SetTargetFramework=net462).
        string path = Path.Combine(AppContext.BaseDirectory, "net462", assemblyName + ".dll");
        Assert.True(File.Exists(path), $"the net462 build of {assemblyName} was not found at {path}");

        AssemblyName name = AssemblyName.GetAssemblyName(path);

        AssertOfficialIdentity(assemblyName, name);
    }

    [Theory]
    [MemberData(nameof(SurfaceAssemblies.Names), MemberType = typeof(SurfaceAssemblies))]
    public void Header_OfficialListing_NamesTheSameIdentity(string assemblyName)
    {
        Assert.Equal($"# {assemblyName} 9.0.0.0 31BF3856AD364E35", OfficialApi.Load(assemblyName).Header);
    }

    private static void AssertOfficialIdentity(string assemblyName, AssemblyName name)
    {
        Assert.Equal(assemblyName, name.Name);
        Assert.Equal(new Version(9, 0, 0, 0), name.Version);
        Assert.Equal(MicrosoftPublicKeyToken, Convert.ToHexStringLower(name.GetPublicKeyToken() ?? []));
    }
}
