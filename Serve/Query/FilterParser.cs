using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Serve.Query;

/// <summary>
/// The $filter subset this server reads, as a QueryExpression filter: eq, ne, gt, ge, lt, le (null with eq/ne),
/// and, or, parentheses, contains/startswith/endswith (and their not), and Microsoft.Dynamics.CRM.In/NotIn;
/// columns by logical name, lookups as _name_value. Anything else is refused naming what it found.
/// </summary>
internal sealed class FilterParser
{
    private static readonly Dictionary<string, ConditionOperator> Comparisons = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = ConditionOperator.Equal,
        ["ne"] = ConditionOperator.NotEqual,
        ["gt"] = ConditionOperator.GreaterThan,
        ["ge"] = ConditionOperator.GreaterEqual,
        ["lt"] = ConditionOperator.LessThan,
        ["le"] = ConditionOperator.LessEqual,
    };

    private readonly TableDefinition table;
    private readonly FilterTokens tokens;

    private FilterParser(TableDefinition table, string filter)
    {
        this.table = table;
        tokens = new FilterTokens(filter);
    }

    public static FilterExpression Parse(TableDefinition table, string filter)
    {
        var parser = new FilterParser(table, filter);
        var result = parser.Or();
        if (!parser.tokens.AtEnd)
        {
            throw parser.tokens.Error($"has '{parser.tokens.Peek!.Value.Text}' where it should end");
        }

        return result;
    }

    private FilterExpression Or()
    {
        var first = And();
        if (!tokens.TryWord("or"))
        {
            return first;
        }

        var any = new FilterExpression(LogicalOperator.Or);
        any.AddFilter(first);
        do
        {
            any.AddFilter(And());
        }
        while (tokens.TryWord("or"));
        return any;
    }

    private FilterExpression And()
    {
        var all = new FilterExpression(LogicalOperator.And);
        do
        {
            var part = Unary();
            if (part.FilterOperator == LogicalOperator.And)
            {
                foreach (var condition in part.Conditions)
                {
                    all.AddCondition(condition);
                }

                foreach (var filter in part.Filters)
                {
                    all.AddFilter(filter);
                }
            }
            else
            {
                all.AddFilter(part);
            }
        }
        while (tokens.TryWord("and"));
        return all;
    }

    private FilterExpression Unary()
    {
        if (tokens.TryWord("not"))
        {
            var word = tokens.Next();
            return Single(Function(word.Text, negated: true) ?? throw tokens.Error($"has 'not {word.Text}': only not contains/startswith/endswith are supported"));
        }

        if (tokens.Peek is { Quoted: false, Text: "(" })
        {
            tokens.Next();
            var inner = Or();
            tokens.Expect(")");
            return inner;
        }

        var name = tokens.Next();
        if (name.Quoted)
        {
            throw tokens.Error($"has the string '{name.Text}' where a column is expected");
        }

        return Single(Function(name.Text, negated: false) ?? Comparison(name.Text));
    }

    private ConditionExpression Comparison(string property)
    {
        var column = Column(property);
        var op = tokens.Next();
        if (op.Quoted || !Comparisons.TryGetValue(op.Text, out var comparison))
        {
            throw tokens.Error($"has '{op.Text}' after '{property}' where an operator (eq, ne, gt, ge, lt, le) is expected");
        }

        var literal = Literal();
        if (literal.IsNull)
        {
            return comparison switch
            {
                ConditionOperator.Equal => new ConditionExpression(column.LogicalName, ConditionOperator.Null),
                ConditionOperator.NotEqual => new ConditionExpression(column.LogicalName, ConditionOperator.NotNull),
                _ => throw tokens.Error($"compares '{property}' with null using '{op.Text}'; only eq and ne take null"),
            };
        }

        return new ConditionExpression(column.LogicalName, comparison, Value(literal, column));
    }

    private ConditionExpression? Function(string name, bool negated)
    {
        var op = name.ToLowerInvariant() switch
        {
            "contains" => negated ? ConditionOperator.DoesNotContain : ConditionOperator.Contains,
            "startswith" => negated ? ConditionOperator.DoesNotBeginWith : ConditionOperator.BeginsWith,
            "endswith" => negated ? ConditionOperator.DoesNotEndWith : ConditionOperator.EndsWith,
            "microsoft.dynamics.crm.in" => negated ? ConditionOperator.NotIn : ConditionOperator.In,
            "microsoft.dynamics.crm.notin" => negated ? ConditionOperator.In : ConditionOperator.NotIn,
            _ => (ConditionOperator?)null,
        };
        if (op is null)
        {
            return null;
        }

        tokens.Expect("(");
        if (op is ConditionOperator.In or ConditionOperator.NotIn)
        {
            return InCall(op.Value);
        }

        var column = Column(tokens.Next().Text);
        tokens.Expect(",");
        var literal = Literal();
        tokens.Expect(")");
        if (!literal.Quoted)
        {
            throw tokens.Error($"calls {name} on '{column.LogicalName}' with {literal.Text}; it takes a quoted string");
        }

        return new ConditionExpression(column.LogicalName, op.Value, literal.Text);
    }

    // Microsoft.Dynamics.CRM.In(PropertyName='name',PropertyValues=['a','b'])
    private ConditionExpression InCall(ConditionOperator op)
    {
        ColumnDefinition? column = null;
        var values = new List<object>();
        while (true)
        {
            var parameter = tokens.Next().Text;
            if (parameter.Equals("PropertyName=", StringComparison.OrdinalIgnoreCase))
            {
                column = Column(tokens.Next().Text);
            }
            else if (parameter.Equals("PropertyValues=", StringComparison.OrdinalIgnoreCase))
            {
                tokens.Expect("[");
                var items = new List<Literal>();
                while (tokens.Peek is not { Quoted: false, Text: "]" })
                {
                    items.Add(Literal());
                    if (tokens.Peek is { Quoted: false, Text: "," })
                    {
                        tokens.Next();
                    }
                }

                tokens.Expect("]");
                values.AddRange(items.Select(i => (object)i));
            }
            else
            {
                throw tokens.Error($"passes '{parameter}' to In; it takes PropertyName= and PropertyValues=");
            }

            if (tokens.Peek is { Quoted: false, Text: "," })
            {
                tokens.Next();
                continue;
            }

            tokens.Expect(")");
            break;
        }

        if (column is null || values.Count == 0)
        {
            throw tokens.Error("calls In without PropertyName or PropertyValues");
        }

        return new ConditionExpression(column.LogicalName, op, values.Select(v => Value((Literal)v, column)).ToArray());
    }

    private Literal Literal()
    {
        var token = tokens.Next();
        return new Literal(token.Text, token.Quoted);
    }

    // Choice columns compare as numbers; a quoted value for a choice (PropertyValues=['1']) is read as its number.
    private object Value(Literal literal, ColumnDefinition column) =>
        Protocol.Literal.ToValue(column.Type is ColumnType.String or ColumnType.Memo ? literal : literal with { Quoted = false }, column, table)
            ?? throw tokens.Error($"uses null in a list for '{column.LogicalName}'");

    private ColumnDefinition Column(string property)
    {
        var name = property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) ? property[1..^6] : property;
        return table.FindColumn(name)
            ?? throw WebApiException.BadRequest($"Could not find a property named '{property}' on type 'Microsoft.Dynamics.CRM.{table.LogicalName}'.");
    }

    private static FilterExpression Single(ConditionExpression condition)
    {
        var filter = new FilterExpression(LogicalOperator.And);
        filter.AddCondition(condition);
        return filter;
    }
}
