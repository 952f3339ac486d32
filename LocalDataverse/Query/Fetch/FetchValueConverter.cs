using System.Globalization;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// Types the string values of a condition read from FetchXML. The type follows the operator first (last-x-days
/// takes a number of days whatever the column, like takes a pattern) and the column otherwise, as
/// <see cref="IFetchValueTypes"/> reports it.
/// </summary>
internal sealed class FetchValueConverter
{
    private readonly IFetchValueTypes _types;

    public FetchValueConverter(IFetchValueTypes types)
    {
        ArgumentNullException.ThrowIfNull(types);
        _types = types;
    }

    /// <summary>
    /// The condition's values, typed. <paramref name="entityName"/> is the logical name of the table the condition's
    /// column belongs to (the translator resolves link aliases). Column comparisons (valueof) keep the other
    /// column's name; values of an unknown column stay strings so the translator reports the missing column.
    /// </summary>
    public IReadOnlyList<object> ConvertValues(string entityName, ConditionExpression condition)
    {
        ArgumentNullException.ThrowIfNull(entityName);
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.CompareColumns)
        {
            return [.. condition.Values];
        }

        FetchValueKind kind = FetchConditionOperators.TryGetByOperator(condition.Operator, out FetchOperatorInfo? info)
            ? info.Kind
            : FetchValueKind.Column;
        Type? type = kind switch
        {
            FetchValueKind.Integer => typeof(int),
            FetchValueKind.Text => typeof(string),
            _ => _types.GetValueType(entityName, condition.AttributeName),
        };
        return condition.Values
            .Select(value => value is string text && type is not null ? Convert(text, type, entityName, condition.AttributeName) : value)
            .ToArray();
    }

    /// <summary>One value, typed; <see cref="FetchXmlException"/> when the text is not a value of that type.</summary>
    public static object Convert(string value, Type type, string entityName, string attributeName)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        CultureInfo invariant = CultureInfo.InvariantCulture;
        string text = value.Trim();
        object? converted = target switch
        {
            _ when target == typeof(string) => value,
            _ when target == typeof(Guid) => Guid.TryParse(text, out Guid guid) ? guid : null,
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out int number) ? number : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out long number) ? number : null,
            _ when target == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, invariant, out decimal number) ? number : null,
            _ when target == typeof(double) => double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, invariant, out double number) ? number : null,
            _ when target == typeof(bool) => ConvertBoolean(text),

            // A date without an offset is taken as UTC (the engine stores UTC); one with an offset is moved to UTC.
            _ when target == typeof(DateTime) => DateTime.TryParse(text, invariant, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime date) ? date : null,
            _ => throw new NotSupportedException($"FetchXML values cannot be converted to {target.FullName} (column '{entityName}.{attributeName}')."),
        };

        // Dataverse's wording for the same mistake, so tests written against it read the same here.
        return converted ?? throw new FetchXmlException(
            $"An exception System.FormatException was thrown while trying to convert input value '{value}' to attribute '{entityName}.{attributeName}'. " +
            $"Expected type of attribute value: {target.FullName}.",
            FetchXmlErrorCodes.InvalidArgument);
    }

    private static object? ConvertBoolean(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "1" => true,
        "FALSE" or "0" => false,
        _ => null,
    };
}
