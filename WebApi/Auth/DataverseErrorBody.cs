using System;
using System.Text.Json;

namespace DataverseSharing.WebApi.Auth;

/// <summary>Reads Dataverse's error JSON (<c>{"error":{"code":"0x80072322","message":"..."}}</c>) where auth and resilience need it.</summary>
internal static class DataverseErrorBody
{
    public static string? ReadMessage(string body) => Read(body, "message") is { } text ? OneLine(text) : null;

    /// <summary>The error code as a number (Dataverse writes it as hex "0x80072322"), or null.</summary>
    public static int? ReadCode(string body)
    {
        var text = Read(body, "code");
        if (text is null)
        {
            return null;
        }

        var hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : null;
        if (hex is not null && uint.TryParse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var unsigned))
        {
            return unchecked((int)unsigned);
        }

        return int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var signed) ? signed : null;
    }

    private static string? Read(string body, string property)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty(property, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
}
