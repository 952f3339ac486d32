namespace DataverseSharing.LocalDataverse.Metadata;

/// <summary>
/// How a date and time column is stored and converted, as Dataverse's DateTimeBehavior. Solution files carry it
/// as a number in the attribute's Behavior element: 1 user local, 2 date only, 3 time-zone independent.
/// </summary>
public enum DateTimeBehavior
{
    UserLocal = 1,
    DateOnly = 2,
    TimeZoneIndependent = 3,
}
