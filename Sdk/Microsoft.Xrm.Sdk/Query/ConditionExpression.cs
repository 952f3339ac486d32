using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One condition of a filter: an attribute, an operator and the values it compares with.</summary>
[DataContract(Name = "ConditionExpression", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(EntityReference))]
[KnownType(typeof(OptionSetValue))]
[KnownType(typeof(Money))]
public sealed class ConditionExpression : IExtensibleDataObject
{
    [DataMember(Name = "Values")]
    private DataCollection<object>? _values;

    public ConditionExpression()
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, values)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator)
    {
        if (values is not null)
        {
            foreach (object value in values)
            {
                Values.Add(value);
            }
        }
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, value)
    {
    }

    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator)
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator)
    {
        Values.Add(value);
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator)
    {
        Values.AddRange(values);
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, value)
    {
        CompareColumns = compareColumns;
    }

    public ConditionExpression(string? entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(entityName, attributeName, conditionOperator, values)
    {
        CompareColumns = compareColumns;
    }

    /// <summary>The alias or logical name of the linked table the attribute belongs to; null for the query's table.</summary>
    [DataMember]
    public string? EntityName { get; set; }

    /// <summary>The logical name of the attribute compared.</summary>
    [DataMember]
    public string AttributeName { get; set; } = string.Empty;

    /// <summary>The comparison.</summary>
    [DataMember]
    public ConditionOperator Operator { get; set; }

    /// <summary>Whether the values name other attributes to compare with, instead of literal values.</summary>
    [DataMember]
    public bool CompareColumns { get; set; }

    /// <summary>The values compared with (none for operators such as <see cref="ConditionOperator.Null"/>).</summary>
    public DataCollection<object> Values => _values ??= new DataCollection<object>();

    public ExtensionDataObject? ExtensionData { get; set; }
}
