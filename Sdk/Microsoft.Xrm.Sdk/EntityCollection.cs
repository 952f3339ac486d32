using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A page of records returned by a query, with its paging state.</summary>
[DataContract(Name = "EntityCollection", Namespace = XrmContracts.Namespace)]
public sealed class EntityCollection : IExtensibleDataObject
{
    [DataMember(Name = "Entities")]
    private DataCollection<Entity>? _entities;

    public EntityCollection()
    {
    }

    public EntityCollection(IList<Entity> list)
    {
        _entities = list is null ? new DataCollection<Entity>() : new DataCollection<Entity>(list);
    }

    /// <summary>The records, in result order.</summary>
    public DataCollection<Entity> Entities => _entities ??= new DataCollection<Entity>();

    /// <summary>The logical name of the records' table.</summary>
    [DataMember]
    public string? EntityName { get; set; }

    /// <summary>Whether more records follow this page.</summary>
    [DataMember]
    public bool MoreRecords { get; set; }

    /// <summary>The cookie to pass in the next page's <see cref="Query.PagingInfo.PagingCookie"/>.</summary>
    [DataMember]
    public string? PagingCookie { get; set; }

    /// <summary>The total number of matching records, when requested.</summary>
    [DataMember]
    public int TotalRecordCount { get; set; }

    /// <summary>Whether the total count hit the service's limit.</summary>
    [DataMember]
    public bool TotalRecordCountLimitExceeded { get; set; }

    /// <summary>The lowest active row version at the time of the query.</summary>
    [DataMember]
    public string? MinActiveRowVersion { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>The record at an index of <see cref="Entities"/>.</summary>
    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }
}
