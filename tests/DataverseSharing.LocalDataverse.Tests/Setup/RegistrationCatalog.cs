using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>
/// The standard tables, which hold the registration tables (solution, plugintype, sdkmessageprocessingstep...),
/// without the package's own solution: the catalog an organization built from other solutions has.
/// </summary>
internal static class RegistrationCatalog
{
    private static readonly Lazy<MetadataCatalog> Catalog = new(() => With(_ => { }));

    public static MetadataCatalog Value => Catalog.Value;

    /// <summary>The standard tables plus what <paramref name="more"/> adds (a folder's own tables).</summary>
    public static MetadataCatalog With(Action<MetadataCatalogBuilder> more)
    {
        var builder = StandardTables.AddTo(new MetadataCatalogBuilder());
        more(builder);
        return builder.Build();
    }
}
