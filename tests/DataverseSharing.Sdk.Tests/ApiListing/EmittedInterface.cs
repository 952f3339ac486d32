using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Loader;

namespace DataverseSharing.Sdk.Tests.ApiListing;

/// <summary>
/// Emits and loads a one-interface assembly, so the conformance checks can be run on a surface that differs from
/// the official listing in a known way (a runtime-only AssemblyBuilder cannot list its exported types; a saved one can).
/// </summary>
internal static class EmittedInterface
{
    /// <summary>An assembly with the public interface <paramref name="fullName"/> declaring the given methods.</summary>
    public static Assembly Declaring(string fullName, params (string Name, Type Returns, Type[] Parameters)[] methods)
    {
        var builder = new PersistedAssemblyBuilder(new AssemblyName("EmittedSurface"), typeof(object).Assembly);
        ModuleBuilder module = builder.DefineDynamicModule("EmittedSurface");
        TypeBuilder type = module.DefineType(fullName, TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
        foreach (var (name, returns, parameters) in methods)
        {
            type.DefineMethod(
                name,
                MethodAttributes.Public | MethodAttributes.Abstract | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.NewSlot,
                returns,
                parameters);
        }

        type.CreateType();
        using var image = new MemoryStream();
        builder.Save(image);
        image.Position = 0;
        return new AssemblyLoadContext("EmittedSurface", isCollectible: true).LoadFromStream(image);
    }
}
