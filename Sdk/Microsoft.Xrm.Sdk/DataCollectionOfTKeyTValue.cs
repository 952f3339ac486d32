using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A keyed collection of SDK values (attributes, parameters, images...). It is enumerable as key/value pairs
/// but deliberately not an <see cref="IDictionary{TKey,TValue}"/>, as in the official assembly.
/// </summary>
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _items;

    protected DataCollection()
    {
        _items = new Dictionary<TKey, TValue>();
    }

    protected DataCollection(IDictionary<TKey, TValue> dictionary)
    {
        _items = dictionary is null ? new Dictionary<TKey, TValue>() : new Dictionary<TKey, TValue>(dictionary);
    }

    /// <summary>The number of entries.</summary>
    public int Count => _items.Count;

    /// <summary>Always false: the collection can be changed.</summary>
    public bool IsReadOnly => false;

    /// <summary>The keys.</summary>
    public ICollection<TKey> Keys => _items.Keys;

    /// <summary>The values, in the same order as <see cref="Keys"/>.</summary>
    public ICollection<TValue> Values => _items.Values;

    /// <summary>
    /// Gets the value of a key (throws <see cref="KeyNotFoundException"/> naming the key when absent), or sets it,
    /// adding the key or replacing its value.
    /// </summary>
    public TValue this[TKey key]
    {
        get
        {
            if (!_items.TryGetValue(key, out TValue? value))
            {
                throw new KeyNotFoundException($"The given key '{key}' was not present in the dictionary.");
            }

            return value;
        }

        set => _items[key] = value;
    }

    /// <summary>Adds a key; throws <see cref="ArgumentException"/> if the key is already present.</summary>
    public void Add(TKey key, TValue value)
    {
        _items.Add(key, value);
    }

    /// <summary>Adds a key/value pair; throws <see cref="ArgumentException"/> if the key is already present.</summary>
    public void Add(KeyValuePair<TKey, TValue> item)
    {
        _items.Add(item.Key, item.Value);
    }

    /// <summary>Adds every pair; throws on the first duplicate key.</summary>
    public void AddRange(params KeyValuePair<TKey, TValue>[] items)
    {
        AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
    }

    /// <summary>Adds every pair; throws on the first duplicate key.</summary>
    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items is null)
        {
            return;
        }

        foreach (KeyValuePair<TKey, TValue> item in items)
        {
            Add(item);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear()
    {
        _items.Clear();
    }

    /// <summary>Whether the key is present.</summary>
    public bool Contains(TKey key)
    {
        return _items.ContainsKey(key);
    }

    /// <summary>Whether the key is present with an equal value.</summary>
    public bool Contains(KeyValuePair<TKey, TValue> key)
    {
        return ((ICollection<KeyValuePair<TKey, TValue>>)_items).Contains(key);
    }

    /// <summary>Whether the key is present.</summary>
    public bool ContainsKey(TKey key)
    {
        return _items.ContainsKey(key);
    }

    /// <summary>Copies the pairs into an array starting at <paramref name="index"/>.</summary>
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
    {
        ((ICollection<KeyValuePair<TKey, TValue>>)_items).CopyTo(array, index);
    }

    /// <summary>Enumerates the pairs.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
    {
        return _items.GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        return GetEnumerator();
    }

    /// <summary>Removes a key; returns whether it was present.</summary>
    public bool Remove(TKey key)
    {
        return _items.Remove(key);
    }

    /// <summary>Removes a pair if the key is present with an equal value.</summary>
    public bool Remove(KeyValuePair<TKey, TValue> item)
    {
        return ((ICollection<KeyValuePair<TKey, TValue>>)_items).Remove(item);
    }

    /// <summary>Gets the value of a key if present.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        return _items.TryGetValue(key, out value);
    }
}
