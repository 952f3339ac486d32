using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>Parses a <see cref="PracticeTopic"/> from text (enum name, case-insensitive; spaces, hyphens and underscores ignored).</summary>
public static class PracticeTopicParser
{
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value names no topic; the message quotes it.</exception>
    public static PracticeTopic Parse(string value) => EnumNameParser.Parse<PracticeTopic>(value, nameof(value));

    public static bool TryParse(string? value, out PracticeTopic topic) => EnumNameParser.TryParse(value, out topic);
}
