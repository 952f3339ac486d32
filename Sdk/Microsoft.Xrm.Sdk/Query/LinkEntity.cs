using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table of a query to another, with its own columns, filter and nested links.</summary>
[DataContract(Name = "LinkEntity", Namespace = XrmContracts.Namespace)]
public sealed class LinkEntity : IExtensibleDataObject
{
    [DataMember(Name = "LinkEntities")]
    private DataCollection<LinkEntity>? _linkEntities;

    [DataMember(Name = "Orders")]
    private DataCollection<OrderExpression>? _orders;

    [DataMember(Name = "Columns")]
    private ColumnSet? _columns;

    [DataMember(Name = "LinkCriteria")]
    private FilterExpression? _linkCriteria;

    public LinkEntity()
    {
    }

    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
    }

    /// <summary>The logical name of the table joined from.</summary>
    [DataMember]
    public string LinkFromEntityName { get; set; } = string.Empty;

    /// <summary>The logical name of the table joined to.</summary>
    [DataMember]
    public string LinkToEntityName { get; set; } = string.Empty;

    /// <summary>The attribute of the table joined from.</summary>
    [DataMember]
    public string LinkFromAttributeName { get; set; } = string.Empty;

    /// <summary>The attribute of the table joined to.</summary>
    [DataMember]
    public string LinkToAttributeName { get; set; } = string.Empty;

    /// <summary>The kind of join; <see cref="Query.JoinOperator.Inner"/> by default.</summary>
    [DataMember]
    public JoinOperator JoinOperator { get; set; }

    /// <summary>The alias under which the linked table's columns come back (as <see cref="AliasedValue"/>s).</summary>
    [DataMember]
    public string? EntityAlias { get; set; }

    /// <summary>The linked table's columns to return; none by default.</summary>
    public ColumnSet Columns
    {
        get => _columns ??= new ColumnSet();
        set => _columns = value;
    }

    /// <summary>The filter applied to the linked table.</summary>
    public FilterExpression LinkCriteria
    {
        get => _linkCriteria ??= new FilterExpression();
        set => _linkCriteria = value;
    }

    /// <summary>The links nested under this one.</summary>
    public DataCollection<LinkEntity> LinkEntities => _linkEntities ??= new DataCollection<LinkEntity>();

    /// <summary>The sort keys on the linked table.</summary>
    public DataCollection<OrderExpression> Orders => _orders ??= new DataCollection<OrderExpression>();

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Adds and returns an inner join from this link's table to another table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName)
    {
        return AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);
    }

    /// <summary>Adds and returns a join from this link's table to another table.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
