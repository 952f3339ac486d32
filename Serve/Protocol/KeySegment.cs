using System.Globalization;
using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// The key in parentheses after an entity set: a primary id, <c>accounts(00000000-...)</c>, or alternate-key values,
/// <c>accounts(accountnumber='A1')</c>, compound <c>(k1='a',k2=2)</c>, a lookup as <c>_parentid_value=&lt;guid&gt;</c>.
/// </summary>
internal static class KeySegment
{
    public static EntityReference Parse(TableDefinition table, string key)
    {
        if (Guid.TryParse(key, out var id))
        {
            return new EntityReference(table.LogicalName, id);
        }

        var reference = new EntityReference { LogicalName = table.LogicalName };
        foreach (var (name, literal) in Pairs(key))
        {
            var columnName = name.StartsWith('_') && name.EndsWith("_value", StringComparison.Ordinal) ? name[1..^6] : name;
            var column = table.FindColumn(columnName)
                ?? throw WebApiException.BadRequest($"The key '({key})' names '{name}', which is no column of {table.LogicalName}.");
            if (columnName == table.PrimaryIdAttribute && Guid.TryParse(literal.Text, out var primary))
            {
                return new EntityReference(table.LogicalName, primary);
            }

            reference.KeyAttributes[columnName] = Literal.ToValue(literal, column, table);
        }

        return reference;
    }

    private static IEnumerable<(string Name, Literal Value)> Pairs(string key)
    {
        var i = 0;
        while (i < key.Length)
        {
            var equals = key.IndexOf('=', i);
            if (equals < 0)
            {
                throw WebApiException.BadRequest($"The key '({key})' is neither an id nor name=value pairs.");
            }

            var name = key[i..equals].Trim();
            i = equals + 1;
            string text;
            var quoted = i < key.Length && key[i] == '\'';
            if (quoted)
            {
                var value = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= key.Length)
                    {
                        throw WebApiException.BadRequest($"The key '({key})' has a string without its closing quote.");
                    }

                    if (key[i] == '\'' && i + 1 < key.Length && key[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                    }
                    else if (key[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(key[i++]);
                    }
                }

                text = value.ToString();
            }
            else
            {
                var comma = key.IndexOf(',', i);
                text = (comma < 0 ? key[i..] : key[i..comma]).Trim();
                i = comma < 0 ? key.Length : comma;
            }

            yield return (name, new Literal(text, quoted));
            if (i < key.Length && key[i] == ',')
            {
                i++;
            }
            else if (i < key.Length)
            {
                throw WebApiException.BadRequest($"The key '({key})' has something after a value at position {i.ToString(CultureInfo.InvariantCulture)}.");
            }
        }
    }
}
