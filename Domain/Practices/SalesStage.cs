namespace DataverseSharing.Domain.Practices;

/// <summary>The stages of Dynamics 365's default opportunity sales process, in order.</summary>
public enum SalesStage
{
    Qualify,
    Develop,
    Propose,
    Close,
}
