using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>How many suggestions a deal keeps: the environment variable dvs_SuggestionCount, 5 when unset.</summary>
public static class SuggestionCount
{
    /// <summary>The environment variable's schema name.</summary>
    public const string VariableName = "dvs_SuggestionCount";

    /// <summary>Used when the variable is missing, empty or not a whole number in range.</summary>
    public const int Default = 5;

    /// <summary>The fewest suggestions a request may ask for.</summary>
    public const int Min = 1;

    /// <summary>The most suggestions a request may ask for (the console's <c>--top</c> limit too).</summary>
    public const int Max = 50;

    /// <summary>
    /// Reads the variable as Microsoft documents it, in one query: the definition outer-joined to its current value,
    /// the value winning over the default. A value that is not a number from 1 to 50 is traced and the default used:
    /// a mistyped setting must not stop suggestions.
    /// </summary>
    public static int Read(IOrganizationService service, ITracingService? tracing)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue"), TopCount = 1 };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, VariableName);
        var value = query.AddLink("environmentvariablevalue", "environmentvariabledefinitionid", "environmentvariabledefinitionid", JoinOperator.LeftOuter);
        value.Columns = new ColumnSet("value");
        value.EntityAlias = "v";
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return Default;
        }

        var text = rows[0].GetAttributeValue<AliasedValue>("v.value")?.Value as string ?? rows[0].GetAttributeValue<string>("defaultvalue");
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        if (int.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) && count >= Min && count <= Max)
        {
            return count;
        }

        tracing?.Trace("{0} is '{1}', not a whole number from {2} to {3}; using {4}", VariableName, text, Min, Max, Default);
        return Default;
    }
}
