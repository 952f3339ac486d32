using System.Xml.Linq;

namespace DataverseSharing.Packer;

/// <summary>
/// Elements a real export writes that the 9.0.0.2090 schemas predate, so an export straight from an environment does not
/// validate cleanly against them. They are taken out of a copy before validating (so the rest of their parent is still
/// checked, which tolerating the error would not do). Each entry says why it is tolerated.
/// </summary>
internal static class SchemaAllowList
{
    private static readonly (string Parent, string Element, string Why)[] Entries =
    [
        ("attribute", "AutoNumberFormat", "autonumber columns: every export since 9.0.x writes it on each attribute, the 9.0.0.2090 schema has no element"),
        ("attribute", "IsFilterable", "column filtering flag added in 9.1; current exports write it on each attribute"),
        ("attribute", "IsLocalizable", "multi-language text columns (9.1+), written on each attribute"),
        ("attribute", "IsRetrievable", "written on each attribute by 9.1+ exports"),
        ("attribute", "IsSearchable", "Dataverse search indexing flag (9.1+), written on each attribute"),
        ("entity", "IsMSTeamsIntegrationEnabled", "Teams integration flag on tables, 9.1+"),
        ("entity", "IsSolutionAware", "written on tables by 9.2 exports"),
        ("entity", "IsRetrieveAuditEnabled", "audit of reads (9.1+) is written on every table by current exports"),
        ("entity", "IsRetrieveMultipleAuditEnabled", "audit of multiple reads, same as IsRetrieveAuditEnabled"),
        ("EntityRelationship", "CascadeArchive", "long-term retention cascade, added to relationships in 9.2"),
        ("EntityRelationship", "IsHierarchical", "hierarchical relationships, written by 9.2 exports"),
        ("ImportExportXml", "AppModuleSiteMaps", "app module sitemaps are exported by 9.1+; SiteMap.xsd validates their sitemaps separately"),
        ("ImportExportXml", "AppModules", "app modules joined the export after the 9.0 schema"),
    ];

    /// <summary>A copy of <paramref name="document"/> (line numbers kept) without the allow-listed elements.</summary>
    internal static XDocument Strip(XDocument document)
    {
        foreach (var (parent, element, _) in Entries)
        {
            document.Descendants(element).Where(e => e.Parent?.Name.LocalName == parent).ToList().ForEach(e => e.Remove());
        }

        return document;
    }
}
