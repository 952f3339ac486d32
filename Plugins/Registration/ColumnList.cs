using System;
using System.Collections.Generic;
using System.Linq;

namespace DataverseSharing.Plugins.Registration;

/// <summary>Parses the comma-separated column lists that steps and images store.</summary>
internal static class ColumnList
{
    internal static IReadOnlyList<string> Parse(Type type, string where, string what, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Array.Empty<string>();
        }

        var columns = value!.Split(',').Select(c => c.Trim()).ToList();
        foreach (var column in columns)
        {
            if (column.Length == 0 || !column.All(IsLogicalNameChar) || char.IsDigit(column[0]))
            {
                throw StepRegistrationReader.Fail(type, $"{where} lists '{column}' in its {what}; a column logical name is lower-case letters, digits and underscores");
            }
        }

        var duplicate = columns.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw StepRegistrationReader.Fail(type, $"{where} lists '{duplicate.Key}' twice in its {what}");
        }

        return columns;
    }

    private static bool IsLogicalNameChar(char c) => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_';
}
