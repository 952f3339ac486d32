using System.Globalization;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Serve.Protocol;

/// <summary>A literal of a URL (a key value, a $filter operand): its text, and whether it was quoted (a string).</summary>
internal sealed record Literal(string Text, bool Quoted)
{
    public bool IsNull => !Quoted && Text == "null";

    /// <summary>The value for a column, typed as the SDK types it; a literal that does not fit is a bad request naming both.</summary>
    public static object? ToValue(Literal literal, ColumnDefinition column, TableDefinition table)
    {
        if (literal.IsNull)
        {
            return null;
        }

        var text = literal.Text;
        try
        {
            return column.Type switch
            {
                ColumnType.String or ColumnType.Memo => literal.Quoted ? text : throw new FormatException(),
                ColumnType.Integer => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                ColumnType.BigInt => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
                ColumnType.Decimal => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Money => new Money(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
                ColumnType.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
                ColumnType.Boolean => text switch { "true" => true, "false" => false, _ => throw new FormatException() },
                ColumnType.Picklist or ColumnType.State or ColumnType.Status or ColumnType.MultiSelectPicklist
                    => new OptionSetValue(int.Parse(literal.Quoted ? text : text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
                ColumnType.DateTime => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer or ColumnType.Uniqueidentifier => Guid.Parse(text),
                _ => throw new FormatException(),
            };
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw WebApiException.BadRequest($"The value {(literal.Quoted ? "'" + text + "'" : text)} does not fit {table.LogicalName}.{column.LogicalName} ({column.Type}).");
        }
    }
}
