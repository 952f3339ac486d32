using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Deals;

/// <summary>The stepname Dynamics 365's default opportunity sales process writes for each stage.</summary>
public static class SalesStages
{
    public static string StepName(SalesStage stage) => stage switch
    {
        SalesStage.Qualify => "1-Qualify",
        SalesStage.Develop => "2-Develop",
        SalesStage.Propose => "3-Propose",
        SalesStage.Close => "4-Close",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a sales stage"),
    };
}
