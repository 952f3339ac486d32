namespace DataverseSharing.Integration.Cli;

/// <summary>
/// A value the user typed, quoted for an error message. Long values are cut, so an error about a
/// 100,000-character argument is still one readable line.
/// </summary>
public static class EchoedValue
{
    private const int Shown = 60;

    public static string Of(string? text)
    {
        text ??= string.Empty;
        return text.Length <= Shown
            ? $"'{text}'"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"'{text[..Shown]}...' ({text.Length:N0} characters)");
    }
}
