using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The attributes a retrieve or query returns: all of them, or the named ones.</summary>
[DataContract(Name = "ColumnSet", Namespace = XrmContracts.Namespace)]
public sealed class ColumnSet : IExtensibleDataObject
{
    [DataMember(Name = "Columns")]
    private DataCollection<string>? _columns;

    public ColumnSet()
    {
    }

    public ColumnSet(bool allColumns)
    {
        AllColumns = allColumns;
    }

    public ColumnSet(params string[] columns)
    {
        Columns.AddRange(columns);
    }

    /// <summary>Whether every attribute is returned (then <see cref="Columns"/> is ignored).</summary>
    [DataMember]
    public bool AllColumns { get; set; }

    /// <summary>The logical names of the attributes to return.</summary>
    public DataCollection<string> Columns
    {
        get => _columns ??= new DataCollection<string>();
        set => _columns = value;
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Adds one attribute name.</summary>
    public void AddColumn(string column)
    {
        Columns.Add(column);
    }

    /// <summary>Adds attribute names, in order.</summary>
    public void AddColumns(params string[] columns)
    {
        Columns.AddRange(columns);
    }
}
