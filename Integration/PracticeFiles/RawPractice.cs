namespace DataverseSharing.Integration.PracticeFiles;

/// <summary>One field as read from a file, before validation; <see cref="Line"/> is where it starts.</summary>
public sealed record RawField(string? Text, IReadOnlyList<string>? Items, int Line);

/// <summary>One practice record as read from a JSON or CSV file, before validation.</summary>
public sealed record RawPractice(int Line, IReadOnlyDictionary<string, RawField> Fields)
{
    public string? Key => Fields.TryGetValue(PracticeFields.Key, out var key) ? key.Text?.Trim() : null;
}
