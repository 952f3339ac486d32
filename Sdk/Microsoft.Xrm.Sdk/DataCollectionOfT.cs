using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A list of SDK values. Only the SDK creates instances (the constructor is internal, as in the official
/// assembly); callers get them from properties such as <see cref="EntityCollection.Entities"/>.
/// </summary>
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    internal DataCollection(IList<T> list)
        : base(new List<T>(list))
    {
    }

    /// <summary>Appends every item, in order.</summary>
    public void AddRange(params T[] items)
    {
        AddRange((IEnumerable<T>)items);
    }

    /// <summary>Appends every item, in order.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        if (items is null)
        {
            return;
        }

        foreach (T item in items)
        {
            Add(item);
        }
    }

    /// <summary>Copies the items into a new array.</summary>
    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
