using System.Globalization;
using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Metadata;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Json;

/// <summary>
/// An Entity as the JSON body of a Web API write: primitive columns by logical name, choices and money as numbers,
/// dates in UTC, lookups as <c>&lt;navigation&gt;@odata.bind</c> to the target row's address. The target tables'
/// entity sets come from the metadata cache.
/// </summary>
internal sealed class EntityJsonWriter
{
    private readonly MetadataCache metadata;

    public EntityJsonWriter(MetadataCache metadata)
    {
        this.metadata = metadata;
    }

    /// <summary>
    /// The row's columns; with <paramref name="typed"/> also <c>@odata.type</c>, which an entity inside an action's
    /// parameters (OpportunityClose, a bulk message's Targets) must carry.
    /// </summary>
    public async Task<JObject> WriteAsync(Entity entity, TableMetadata table, bool typed, CancellationToken cancellation)
    {
        var json = new JObject();
        if (typed)
        {
            json["@odata.type"] = $"Microsoft.Dynamics.CRM.{table.LogicalName}";
        }

        foreach (var (column, value) in entity.Attributes)
        {
            if (value is EntityReference reference)
            {
                var target = await metadata.GetAsync(reference.LogicalName, cancellation).ConfigureAwait(false);
                json[$"{table.NavigationProperty(column, reference.LogicalName)}@odata.bind"] = "/" + ODataLiterals.RowPath(target, reference);
            }
            else if (value is null && table.IsLookup(column))
            {
                // Clearing a lookup goes through its navigation property; a polymorphic one clears through any target's.
                var targets = table.LookupTargets(column);
                json[$"{(targets.Count > 0 ? targets[0].NavigationProperty : column)}@odata.bind"] = null;
            }
            else
            {
                json[column] = Primitive(table, column, value);
            }
        }

        return json;
    }

    /// <summary>A value as a JSON primitive: the shape the Web API expects for every SDK type that is not a lookup.</summary>
    public static JToken Primitive(TableMetadata? table, string name, object? value) => value switch
    {
        null => JValue.CreateNull(),
        string text => new JValue(text),
        Guid guid => new JValue(guid.ToString("D")),
        bool flag => new JValue(flag),
        int number => new JValue(number),
        long number => new JValue(number),
        decimal number => new JValue(number),
        double number => new JValue(number),
        float number => new JValue(number),
        DateTime date => new JValue(ODataLiterals.Date(date)),
        OptionSetValue option => new JValue(option.Value),
        Money money => new JValue(money.Value),
        OptionSetValueCollection options => new JValue(string.Join(",", options.Select(o => o.Value.ToString(CultureInfo.InvariantCulture)))),
        _ => throw WebApiFaults.Create(
            ErrorCodes.InvalidArgument,
            $"The attribute '{name}'{(table is null ? string.Empty : $" of '{table.LogicalName}'")} holds a {value.GetType().Name}, which the Web API connector cannot send as a column value."),
    };
}
