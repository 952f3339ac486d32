namespace DataverseSharing.WebApi.Metadata;

/// <summary>
/// What the connector must know of a table to speak its Web API: the entity set in URLs, the primary key, each
/// column's type (JSON carries numbers and strings; the SDK wants OptionSetValue, Money, EntityReference...) and, for
/// each lookup, the navigation property an <c>@odata.bind</c> goes through per target table.
/// </summary>
internal sealed class TableMetadata
{
    private readonly Dictionary<string, string> attributeTypes;
    private readonly Dictionary<string, List<LookupTarget>> lookups;

    public TableMetadata(
        string logicalName,
        string entitySetName,
        string primaryIdAttribute,
        Dictionary<string, string> attributeTypes,
        Dictionary<string, List<LookupTarget>> lookups)
    {
        LogicalName = logicalName;
        EntitySetName = entitySetName;
        PrimaryIdAttribute = primaryIdAttribute;
        this.attributeTypes = attributeTypes;
        this.lookups = lookups;
    }

    public string LogicalName { get; }

    public string EntitySetName { get; }

    public string PrimaryIdAttribute { get; }

    /// <summary>The AttributeType of a column as EntityDefinitions names it (String, Picklist, Lookup...), or null when unknown.</summary>
    public string? AttributeType(string column) => attributeTypes.GetValueOrDefault(column);

    public bool IsLookup(string column) => AttributeType(column) is "Lookup" or "Customer" or "Owner" || lookups.ContainsKey(column);

    /// <summary>The tables a lookup column may point to (from the many-to-one relationships).</summary>
    public IReadOnlyList<LookupTarget> LookupTargets(string column) =>
        lookups.TryGetValue(column, out var targets) ? targets : [];

    /// <summary>
    /// The single-valued navigation property that sets <paramref name="column"/> to a row of <paramref name="target"/>;
    /// a polymorphic lookup (customer, owner) has one per target table.
    /// </summary>
    public string NavigationProperty(string column, string target)
    {
        if (lookups.TryGetValue(column, out var targets))
        {
            foreach (var candidate in targets)
            {
                if (string.Equals(candidate.Table, target, StringComparison.Ordinal))
                {
                    return candidate.NavigationProperty;
                }
            }

            if (targets.Count == 1)
            {
                return targets[0].NavigationProperty;
            }
        }

        throw new InvalidOperationException(
            $"The column '{column}' of '{LogicalName}' is not a lookup to '{target}' (no many-to-one relationship in its EntityDefinitions).");
    }
}

/// <summary>One table a lookup column may point to, and the navigation property that binds it.</summary>
internal sealed record LookupTarget(string Table, string NavigationProperty);
