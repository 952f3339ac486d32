using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>
/// The semicolon-separated text lists the package stores open vocabularies in (industries, regions, ...):
/// blanks dropped, whitespace trimmed, duplicates (case-insensitive) removed, order kept.
/// </summary>
public static class ValueList
{
    private const char Separator = ';';

    /// <summary>Splits a stored list; null or blank gives an empty list.</summary>
    public static IReadOnlyList<string> Split(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Array.Empty<string>();
        }

        return value!.Split(Separator)
            .Select(v => v.Trim())
            .Where(v => v.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Joins values for storage; null when there is nothing to store, so the column stays empty.</summary>
    public static string? Join(IEnumerable<string>? values)
    {
        var items = Split(values is null ? null : string.Join(Separator.ToString(), values));
        return items.Count == 0 ? null : string.Join(Separator + " ", items);
    }
}
