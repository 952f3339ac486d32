using System;

namespace DataverseSharing.Domain.Practices;

/// <summary>Parses a <see cref="SalesStage"/> from text (enum name, case-insensitive).</summary>
public static class SalesStageParser
{
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The value names no stage; the message quotes it.</exception>
    public static SalesStage Parse(string value) => EnumNameParser.Parse<SalesStage>(value, nameof(value));

    public static bool TryParse(string? value, out SalesStage stage) => EnumNameParser.TryParse(value, out stage);
}
