namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Reads Other/Relationships/&lt;Table&gt;.xml files. Solution files name tables and columns by schema name
/// (SystemUser, dvs_BestPracticeId); the catalog keys everything by logical (lower-case) name.
/// </summary>
internal static class RelationshipXmlReader
{
    public static IEnumerable<RelationshipDefinition> Read(SolutionFile file)
    {
        var root = SolutionXmlNode.Root(file, "EntityRelationships");
        foreach (var node in root.Children("EntityRelationship"))
        {
            yield return node.RequiredValue("EntityRelationshipType") switch
            {
                "OneToMany" => ReadOneToMany(node),
                "ManyToMany" => ReadManyToMany(node),
                var other => throw node.Error($"Unknown EntityRelationshipType '{other}'."),
            };
        }
    }

    private static OneToManyRelationshipDefinition ReadOneToMany(SolutionXmlNode node) =>
        new(
            node.RequiredAttribute("Name"),
            node.RequiredValue("ReferencedEntityName").ToLowerInvariant(),
            string.Empty,
            node.RequiredValue("ReferencingEntityName").ToLowerInvariant(),
            node.RequiredValue("ReferencingAttributeName").ToLowerInvariant())
        {
            Cascade = new CascadeConfiguration
            {
                Assign = Cascade(node, "CascadeAssign"),
                Delete = Cascade(node, "CascadeDelete"),
                Reparent = Cascade(node, "CascadeReparent"),
                Share = Cascade(node, "CascadeShare"),
                Unshare = Cascade(node, "CascadeUnshare"),
            },
            Source = node.Location,
        };

    private static ManyToManyRelationshipDefinition ReadManyToMany(SolutionXmlNode node)
    {
        var first = node.RequiredValue("FirstEntityName").ToLowerInvariant();
        var second = node.RequiredValue("SecondEntityName").ToLowerInvariant();

        // Dataverse names the intersect columns after the tables' ids, and tells the two sides of a
        // relationship from a table to itself apart with "one" and "two".
        var self = first == second;
        return new ManyToManyRelationshipDefinition(
            node.RequiredAttribute("Name"),
            first,
            first + (self ? "idone" : "id"),
            second,
            second + (self ? "idtwo" : "id"),
            node.RequiredValue("IntersectEntityName").ToLowerInvariant())
        {
            Source = node.Location,
        };
    }

    private static CascadeType Cascade(SolutionXmlNode node, string name) => node.Value(name) switch
    {
        null or "NoCascade" => CascadeType.NoCascade,
        "Cascade" => CascadeType.Cascade,
        "ActiveOnly" => CascadeType.Active,
        "UserOwned" => CascadeType.UserOwned,
        "RemoveLink" => CascadeType.RemoveLink,
        "Restrict" => CascadeType.Restrict,
        var other => throw node.Error($"Unknown {name} '{other}'."),
    };
}
