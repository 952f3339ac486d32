using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A group of conditions and child filters combined with AND or OR.</summary>
[DataContract(Name = "FilterExpression", Namespace = XrmContracts.Namespace)]
public sealed class FilterExpression : IExtensibleDataObject
{
    [DataMember(Name = "Conditions")]
    private DataCollection<ConditionExpression>? _conditions;

    [DataMember(Name = "Filters")]
    private DataCollection<FilterExpression>? _filters;

    public FilterExpression()
    {
    }

    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
    }

    /// <summary>How the conditions and child filters combine; <see cref="LogicalOperator.And"/> by default.</summary>
    [DataMember]
    public LogicalOperator FilterOperator { get; set; }

    /// <summary>The conditions, in order.</summary>
    public DataCollection<ConditionExpression> Conditions => _conditions ??= new DataCollection<ConditionExpression>();

    /// <summary>The child filters, in order.</summary>
    public DataCollection<FilterExpression> Filters => _filters ??= new DataCollection<FilterExpression>();

    /// <summary>Whether this is the quick-find filter of a view.</summary>
    [DataMember]
    public bool IsQuickFindFilter { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Adds a condition.</summary>
    public void AddCondition(ConditionExpression condition)
    {
        Conditions.Add(condition);
    }

    /// <summary>Adds a condition on an attribute of the query's table.</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));
    }

    /// <summary>Adds a condition comparing an attribute with a value or, when <paramref name="compareColumns"/>, another attribute.</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));
    }

    /// <summary>Adds a condition comparing an attribute with values or, when <paramref name="compareColumns"/>, attributes.</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));
    }

    /// <summary>Adds a condition on an attribute of a linked table.</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));
    }

    /// <summary>Adds a condition on an attribute of a linked table, optionally comparing with another attribute.</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));
    }

    /// <summary>Adds a condition on an attribute of a linked table, optionally comparing with other attributes.</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
    {
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));
    }

    /// <summary>Adds a child filter.</summary>
    public void AddFilter(FilterExpression childFilter)
    {
        Filters.Add(childFilter);
    }

    /// <summary>Adds and returns a new child filter with the given operator.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }
}
