namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// One value of a choice. For a status reason, <see cref="State"/> is the state it belongs to; for a state,
/// <see cref="DefaultStatus"/> is the status reason a record gets when it enters that state.
/// </summary>
public sealed record OptionDefinition(int Value, string Label)
{
    public int? State { get; init; }

    public int? DefaultStatus { get; init; }

    /// <summary>Language-independent name of a state (Active, Inactive, Open, Won...).</summary>
    public string? InvariantName { get; init; }
}
