using System.Globalization;
using DataverseSharing.WebApi.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.WebApi.Json;

/// <summary>
/// Values as OData writes them in a URL: the key of a row (<c>accounts(00000000-...)</c>, or by alternate key
/// <c>accounts(accountnumber='A%2F1',_primarycontactid_value=...)</c>) and dates in JSON.
/// </summary>
internal static class ODataLiterals
{
    /// <summary>The address of a row by id or, when it has key attributes, by its alternate key.</summary>
    public static string RowPath(TableMetadata table, Guid id, KeyAttributeCollection? keys)
    {
        if (keys is { Count: > 0 })
        {
            var parts = keys.Select(key => $"{KeyName(table, key.Key)}={Literal(key.Value, key.Key)}");
            return $"{table.EntitySetName}({string.Join(",", parts)})";
        }

        if (id == Guid.Empty)
        {
            throw Http.WebApiFaults.Create(Http.ErrorCodes.InvalidArgument, $"A {table.LogicalName} row is addressed by neither an id nor key attributes.");
        }

        return $"{table.EntitySetName}({id:D})";
    }

    public static string RowPath(TableMetadata table, EntityReference reference) => RowPath(table, reference.Id, reference.KeyAttributes);

    public static string RowPath(TableMetadata table, Entity entity) =>
        RowPath(table, entity.Id != Guid.Empty ? entity.Id : PrimaryIdOf(table, entity), entity.KeyAttributes);

    /// <summary>A UTC ISO 8601 date as the Web API takes it; a local time is converted, an unspecified one is taken as UTC.</summary>
    public static string Date(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
    }

    // Quotes double inside the literal. A '/' stays as it is: servers keep %2F encoded in the path (ASP.NET Core
    // does), so the key would arrive with "%2F" in it, while a '/' inside quotes is read as part of the literal.
    private static string Escape(string text) =>
        Uri.EscapeDataString(text.Replace("'", "''", StringComparison.Ordinal)).Replace("%2F", "/", StringComparison.Ordinal);

    private static Guid PrimaryIdOf(TableMetadata table, Entity entity) =>
        entity.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) && value is Guid id ? id : Guid.Empty;

    // A lookup in an alternate key is named by its _<name>_value property in the URL.
    private static string KeyName(TableMetadata table, string column) => table.IsLookup(column) ? $"_{column}_value" : column;

    private static string Literal(object? value, string column) => value switch
    {
        null => "null",
        string text => $"'{Escape(text)}'",
        Guid guid => guid.ToString("D"),
        EntityReference reference => reference.Id.ToString("D"),
        OptionSetValue option => option.Value.ToString(CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        DateTime date => Date(date),
        int or long or decimal or double or float => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw Http.WebApiFaults.Create(Http.ErrorCodes.InvalidArgument, $"The key attribute '{column}' has a value of type {value.GetType().Name}, which a Web API key cannot carry."),
    };
}
