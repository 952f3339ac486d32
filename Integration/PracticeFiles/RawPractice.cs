namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>One field as read from a file, before validation; <see cref="Line"/> is where it starts.</summary>
public sealed record RawField(string? Text, IReadOnlyList<string>? Items, int Line)
{
    /// <summary>The text as import stores it: trimmed, and null when nothing but whitespace is left.</summary>
    public string? Value => string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
}

/// <summary>One practice record as read from a JSON or CSV file, before validation.</summary>
public sealed record RawPractice(int Line, IReadOnlyDictionary<string, RawField> Fields)
{
    /// <summary>The key as import stores it; null when missing or blank.</summary>
    public string? Key => Fields.TryGetValue(PracticeFields.Key, out var key) ? key.Value : null;

    /// <summary>The key exactly as the file gives it, to name a record whose key is blank.</summary>
    public string? KeyAsWritten => Fields.TryGetValue(PracticeFields.Key, out var key) ? key.Text : null;
}
