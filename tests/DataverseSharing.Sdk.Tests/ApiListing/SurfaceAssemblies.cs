using System.Reflection;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.ApiListing;

/// <summary>The surface assemblies under test (their net10.0 builds), by assembly name.</summary>
internal static class SurfaceAssemblies
{
    public static readonly TheoryData<string> Names = new() { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };

    public static Assembly Get(string name) => name switch
    {
        "Microsoft.Xrm.Sdk" => typeof(Entity).Assembly,
        "Microsoft.Crm.Sdk.Proxy" => typeof(WhoAmIRequest).Assembly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a surface assembly"),
    };
}
