namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>An <see cref="IFetchValueTypes"/> backed by a function (typically a metadata lookup).</summary>
internal sealed class FetchValueTypes : IFetchValueTypes
{
    private readonly Func<string, string, Type?> _lookup;

    /// <param name="lookup">Given the table's and the column's logical names, the type of the column's values, or null when unknown.</param>
    public FetchValueTypes(Func<string, string, Type?> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        _lookup = lookup;
    }

    public Type? GetValueType(string entityName, string attributeName)
    {
        ArgumentNullException.ThrowIfNull(entityName);
        ArgumentNullException.ThrowIfNull(attributeName);
        return _lookup(entityName, attributeName);
    }
}
