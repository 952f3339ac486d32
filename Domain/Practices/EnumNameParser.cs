using System;
using System.Text;

namespace DataverseSharing.Domain.Practices;

/// <summary>
/// Shared parsing rule for the domain's enums: the enum name, case-insensitive, where spaces, hyphens,
/// underscores and slashes are ignored so "Demo / Proof" and "competitive-displacement" parse like the names.
/// Numbers are refused on purpose: a stored integer is not a user's word for a topic.
/// </summary>
internal static class EnumNameParser
{
    public static bool TryParse<TEnum>(string? value, out TEnum result)
        where TEnum : struct, Enum
    {
        result = default;
        if (value is null)
        {
            return false;
        }

        var compact = Compact(value);
        if (compact.Length == 0)
        {
            return false;
        }

        foreach (var name in Enum.GetNames(typeof(TEnum)))
        {
            if (string.Equals(name, compact, StringComparison.OrdinalIgnoreCase))
            {
                result = (TEnum)Enum.Parse(typeof(TEnum), name);
                return true;
            }
        }

        return false;
    }

    public static TEnum Parse<TEnum>(string value, string parameterName)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (TryParse<TEnum>(value, out var result))
        {
            return result;
        }

        throw new ArgumentException(
            $"'{value}' is not a known {typeof(TEnum).Name}. Known values: {string.Join(", ", Enum.GetNames(typeof(TEnum)))}.",
            parameterName);
    }

    private static string Compact(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '-' || c == '_' || c == '/')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
