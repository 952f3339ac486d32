using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// Splits a connection string into its settings with the framework's own reader (DbConnectionStringBuilder: the
/// quoting rules every .NET connection string follows), then maps each key to the setting it names.
/// </summary>
internal static class ConnectionStringParser
{
    public static IReadOnlyDictionary<ConnectionStringKey, string> Read(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DataverseConnectionException("connection string is empty");
        }

        var builder = Tokenize(connectionString);
        var values = new Dictionary<ConnectionStringKey, string>();
        var givenAs = new Dictionary<ConnectionStringKey, string>();
        foreach (string name in builder.Keys)
        {
            var key = ConnectionStringKey.Find(name)
                ?? throw new DataverseConnectionException($"connection string: unknown key '{name}' (keys: AuthType, Url, ClientId, ClientSecret, Thumbprint, TenantId, ...; docs/connections.md)");
            if (key.Unsupported is not null)
            {
                throw new DataverseConnectionException($"connection string: key '{name}': {key.Unsupported}");
            }

            if (givenAs.TryGetValue(key, out var earlier))
            {
                throw new DataverseConnectionException($"connection string: '{earlier}' and '{name}' both set {key.Name}; give it once");
            }

            givenAs[key] = name;
            if (!key.IsIgnored)
            {
                values[key] = Convert.ToString(builder[name], CultureInfo.InvariantCulture)?.Trim() ?? string.Empty;
            }
        }

        return values;
    }

    private static DbConnectionStringBuilder Tokenize(string connectionString)
    {
        try
        {
            return new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            throw new DataverseConnectionException("connection string: " + FindBadPart(connectionString));
        }
    }

    // The framework's message gives a character index into the string; naming the part (and the key when one is
    // readable) says the same without echoing a value that may be a secret.
    private static string FindBadPart(string connectionString)
    {
        var parts = connectionString.Split(';');
        var prefix = string.Empty;
        for (var index = 0; index < parts.Length; index++)
        {
            prefix = index == 0 ? parts[0] : prefix + ";" + parts[index];
            try
            {
                _ = new DbConnectionStringBuilder { ConnectionString = prefix };
            }
            catch (ArgumentException)
            {
                var part = parts[index];
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var number = (index + 1).ToString(CultureInfo.InvariantCulture);
                if (equals < 0)
                {
                    return $"part {number} is not Key=Value (no '=')";
                }

                var key = part[..equals].Trim();
                return key.Length == 0
                    ? $"part {number} has no key before '='"
                    : $"part {number} (key '{key}') is malformed: an unclosed quote, or a quote inside an unquoted value";
            }
        }

        return "malformed: an unclosed quote";
    }
}
