using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace DataverseSharing.Plugins.Tests.Deployment;

/// <summary>
/// Inspects the net462 DataverseSharing.Plugins.dll, the assembly the Dataverse sandbox loads: it must be
/// strong-name signed, bind to the SDK's 9.0.0.0 identity, and use only SDK types and members that the
/// official assemblies declare with the same signature.
/// </summary>
public sealed class SandboxAssemblyTests : IDisposable
{
    private static readonly string[] SdkAssemblies = { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" };
    private static readonly byte[] MicrosoftToken = Convert.FromHexString("31bf3856ad364e35");

    private readonly PEReader pe;
    private readonly MetadataReader reader;

    public SandboxAssemblyTests()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "net462", "DataverseSharing.Plugins.dll");
        Assert.True(File.Exists(path), $"The net462 plug-in assembly is missing at {path}; build the solution first.");
        pe = new PEReader(File.OpenRead(path));
        reader = pe.GetMetadataReader();
    }

    public void Dispose() => pe.Dispose();

    [Fact]
    public void Assembly_Net462Build_IsStrongNameSigned()
    {
        var definition = reader.GetAssemblyDefinition();

        Assert.Equal("DataverseSharing.Plugins", reader.GetString(definition.Name));
        Assert.False(definition.PublicKey.IsNil);
        Assert.True(pe.PEHeaders.CorHeader!.Flags.HasFlag(CorFlags.StrongNameSigned), "the assembly is not fully signed");
        Assert.Equal(".NETFramework,Version=v4.6.2", TargetFramework());
    }

    [Fact]
    public void AssemblyReferences_SdkAssemblies_Version9WithMicrosoftToken()
    {
        var sdkReferences = SdkReferenceHandles().Select(reader.GetAssemblyReference).ToList();

        Assert.Contains(sdkReferences, r => reader.GetString(r.Name) == "Microsoft.Xrm.Sdk");
        Assert.All(sdkReferences, r =>
        {
            Assert.Equal(new Version(9, 0, 0, 0), r.Version);
            Assert.Equal(MicrosoftToken, reader.GetBlobBytes(r.PublicKeyOrToken));
        });
    }

    [Fact]
    public void TypeAndMemberReferences_IntoSdk_AllDeclaredByOfficialAssemblies()
    {
        var official = new OfficialMemberIndex(SdkAssemblies.Select(a => Path.Combine(AppContext.BaseDirectory, "OfficialApi", a + ".api.txt")));
        var sdkScopes = SdkReferenceHandles().Select(h => (EntityHandle)h).ToHashSet();
        var missing = new List<string>();
        var checkedMembers = 0;

        foreach (var handle in reader.TypeReferences)
        {
            if (IsSdkType(handle, sdkScopes) && !official.HasType(ListingSignatureProvider.TypeReferenceName(reader, handle)))
            {
                missing.Add("type " + ListingSignatureProvider.TypeReferenceName(reader, handle));
            }
        }

        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            var parent = SdkParentName(member.Parent, sdkScopes);
            if (parent is null || member.GetKind() != MemberReferenceKind.Method)
            {
                continue;
            }

            var signature = member.DecodeMethodSignature(ListingSignatureProvider.Instance, null);
            var name = reader.GetString(member.Name) + (signature.GenericParameterCount > 0 ? "``" + signature.GenericParameterCount : string.Empty);
            var key = $"{parent}::{name}({string.Join(", ", signature.ParameterTypes)}) : {signature.ReturnType}";
            checkedMembers++;
            if (!official.HasMember(key))
            {
                missing.Add(key);
            }
        }

        Assert.True(checkedMembers > 10, $"only {checkedMembers} SDK member references were found; the inspection is not reading the plug-in assembly");
        Assert.True(missing.Count == 0, "Not in the official SDK:\n" + string.Join("\n", missing));
    }

    private IEnumerable<AssemblyReferenceHandle> SdkReferenceHandles() =>
        reader.AssemblyReferences.Where(h => SdkAssemblies.Contains(reader.GetString(reader.GetAssemblyReference(h).Name)));

    private bool IsSdkType(TypeReferenceHandle handle, HashSet<EntityHandle> sdkScopes)
    {
        var reference = reader.GetTypeReference(handle);
        return reference.ResolutionScope.Kind == HandleKind.TypeReference
            ? IsSdkType((TypeReferenceHandle)reference.ResolutionScope, sdkScopes)
            : sdkScopes.Contains(reference.ResolutionScope);
    }

    /// <summary>The listing-notation name of a member's declaring type when it is an SDK type, else null.</summary>
    private string? SdkParentName(EntityHandle parent, HashSet<EntityHandle> sdkScopes)
    {
        if (parent.Kind == HandleKind.TypeReference)
        {
            var handle = (TypeReferenceHandle)parent;
            return IsSdkType(handle, sdkScopes) ? ListingSignatureProvider.TypeReferenceName(reader, handle) : null;
        }

        if (parent.Kind != HandleKind.TypeSpecification)
        {
            return null;
        }

        // A generic instantiation: GENERICINST (CLASS|VALUETYPE) <open type> <argument count> <arguments>.
        var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
        if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
        {
            return null;
        }

        blob.ReadSignatureTypeCode();
        var open = blob.ReadTypeHandle();
        var arity = blob.ReadCompressedInteger();
        if (open.Kind != HandleKind.TypeReference || !IsSdkType((TypeReferenceHandle)open, sdkScopes))
        {
            return null;
        }

        var positional = string.Join(",", Enumerable.Range(0, arity).Select(i => "!" + i));
        return ListingSignatureProvider.TypeReferenceName(reader, (TypeReferenceHandle)open) + "<" + positional + ">";
    }

    private string? TargetFramework()
    {
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != HandleKind.MemberReference)
            {
                continue;
            }

            var ctor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
            var type = reader.GetTypeReference((TypeReferenceHandle)ctor.Parent);
            if (reader.GetString(type.Name) == "TargetFrameworkAttribute")
            {
                var value = attribute.DecodeValue(new StringOnlyAttributeProvider());
                return value.FixedArguments[0].Value as string;
            }
        }

        return null;
    }

    private sealed class StringOnlyAttributeProvider : ICustomAttributeTypeProvider<string>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();

        public string GetSystemType() => "System.Type";

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => string.Empty;

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => string.Empty;

        public string GetTypeFromSerializedName(string name) => name;

        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(string type) => type == "System.Type";
    }
}
