using System.Globalization;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>Reads filter elements, their conditions and nested filters into <see cref="FilterExpression"/>s.</summary>
internal static class FetchFilterReader
{
    private static readonly HashSet<string> FilterAttributes = ["type", "isquickfindfields"];
    private static readonly HashSet<string> FilterChildren = ["condition", "filter"];

    private static readonly HashSet<string> ConditionAttributes =
    [
        "column", "attribute", "entityname", "operator", "value", "valueof", "aggregate", "rowaggregate", "alias", "uiname", "uitype", "uihidden",
    ];

    // In the schema but meaningful only to features the engine does not have (legacy v1.5 columns, aggregate
    // conditions); refusing them says so instead of returning rows the filter did not mean.
    private static readonly string[] UnsupportedConditionAttributes = ["column", "aggregate", "rowaggregate", "alias"];

    private static readonly HashSet<string> ConditionChildren = ["value"];
    private static readonly HashSet<string> ValueAttributes = ["uiname", "uitype"];

    public static FilterExpression Read(FetchElement filter, FetchParseContext context)
    {
        filter.RequireKnownAttributes(FilterAttributes);
        var expression = new FilterExpression(ReadFilterType(filter))
        {
            IsQuickFindFilter = filter.Boolean("isquickfindfields", false),
        };

        foreach (FetchElement child in filter.Children(FilterChildren))
        {
            if (child.Name == "filter")
            {
                expression.AddFilter(Read(child, context));
            }
            else
            {
                expression.AddCondition(ReadCondition(child, context));
            }
        }

        return expression;
    }

    private static LogicalOperator ReadFilterType(FetchElement filter)
    {
        string? type = filter.Optional("type");
        return type?.ToUpperInvariant() switch
        {
            null or "AND" => LogicalOperator.And,
            "OR" => LogicalOperator.Or,
            _ => throw filter.AttributeError("type", $"the filter type must be 'and' or 'or', not '{type}'", FetchXmlErrorCodes.InvalidFilterType),
        };
    }

    private static ConditionExpression ReadCondition(FetchElement condition, FetchParseContext context)
    {
        condition.RequireKnownAttributes(ConditionAttributes);
        foreach (string unsupported in UnsupportedConditionAttributes)
        {
            if (condition.Optional(unsupported) is not null)
            {
                throw condition.AttributeError(unsupported, $"the condition attribute '{unsupported}' is not supported by LocalDataverse");
            }
        }

        string attribute = condition.Required("attribute");
        FetchOperatorInfo info = ReadOperator(condition);
        var expression = new ConditionExpression(condition.Optional("entityname"), attribute, info.Operator);

        string? valueOf = condition.Optional("valueof");
        List<string> values = ReadValues(condition, info);
        if (valueOf is not null)
        {
            ReadColumnComparison(condition, info, valueOf, values, expression);
        }
        else
        {
            CheckValues(condition, info, values);
            expression.Values.AddRange(values);
        }

        if (expression.EntityName is not null)
        {
            context.ConditionsOnLinks.Add((expression, condition));
        }

        return expression;
    }

    private static FetchOperatorInfo ReadOperator(FetchElement condition)
    {
        string name = condition.Required("operator");
        if (FetchConditionOperators.TryGetByName(name, out FetchOperatorInfo? info))
        {
            return info;
        }

        // The SDK enum has Contains/DoesNotContain (full-text search), which FetchXML has no operator for.
        string hint = name is "contains" or "not-contain" or "does-not-contain"
            ? "; FetchXML has no contains operator, use like or not-like with '%text%'"
            : string.Empty;
        throw condition.AttributeError("operator", $"'{name}' is not a valid condition operator{hint}", FetchXmlErrorCodes.InvalidConditionOperator);
    }

    private static List<string> ReadValues(FetchElement condition, FetchOperatorInfo info)
    {
        var values = new List<string>();
        foreach (FetchElement value in condition.Children(ConditionChildren))
        {
            value.RequireKnownAttributes(ValueAttributes);
            value.RequireNoChildElements();
            values.Add(value.Text);
        }

        string? attributeValue = condition.Optional("value");

        // Views saved by older clients write value="" on operators that take none (null, today, eq-userid, ...).
        if (attributeValue is { Length: 0 } && info.Arity == FetchValueArity.None)
        {
            attributeValue = null;
        }

        if (attributeValue is not null)
        {
            if (values.Count > 0)
            {
                throw condition.AttributeError("value", "a condition takes its values from the value attribute or from value elements, not both");
            }

            values.Add(attributeValue);
        }

        return values;
    }

    private static void ReadColumnComparison(FetchElement condition, FetchOperatorInfo info, string valueOf, List<string> values, ConditionExpression expression)
    {
        if (values.Count > 0)
        {
            throw condition.AttributeError("valueof", "a condition compares with a value or, through valueof, with a column, not both");
        }

        if (!FetchConditionOperators.SupportsColumnComparison(info.Operator))
        {
            throw condition.AttributeError("valueof", $"valueof only works with eq, ne, gt, ge, lt and le, not '{info.Name}'");
        }

        if (string.IsNullOrWhiteSpace(valueOf))
        {
            throw condition.AttributeError("valueof", "valueof must name a column");
        }

        expression.CompareColumns = true;
        expression.Values.Add(valueOf);
    }

    private static void CheckValues(FetchElement condition, FetchOperatorInfo info, List<string> values)
    {
        string? problem = info.Arity switch
        {
            FetchValueArity.None when values.Count > 0 => $"the '{info.Name}' operator takes no value",
            FetchValueArity.One when values.Count != 1 => $"the '{info.Name}' operator takes exactly one value, given {values.Count}",
            FetchValueArity.Two when values.Count != 2 => $"the '{info.Name}' operator takes exactly two value elements, given {values.Count}",
            FetchValueArity.OneOrMore when values.Count == 0 => $"the '{info.Name}' operator takes one or more value elements, given none",
            _ => null,
        };
        if (problem is not null)
        {
            throw condition.Error(problem);
        }

        if (info.Kind == FetchValueKind.Integer)
        {
            foreach (string value in values)
            {
                if (!int.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out _))
                {
                    throw condition.Error($"the '{info.Name}' operator takes whole numbers, not '{value}'");
                }
            }
        }
    }
}
