using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Demo;

public sealed record DemoBusinessUnit(Guid Id, string Name, Guid? ParentId);

public sealed record DemoUser(Guid Id, string FirstName, string LastName, string Title, Guid BusinessUnitId, Guid? ManagerId, string Role)
{
    public string FullName => FirstName + " " + LastName;

    public string DomainName => $"{FirstName}.{LastName}@fabrikam.example".ToLowerInvariant();
}

public sealed record DemoTeam(Guid Id, string Name, Guid BusinessUnitId, Guid AdministratorId, IReadOnlyList<Guid> MemberIds);

public sealed record DemoAccount(Guid Id, string Name, int IndustryCode, string Region, string City, string Country, Guid OwnerId);

/// <summary>An opportunity of the demo org. <see cref="State"/> uses opportunity.statecode: 0 open, 1 won, 2 lost.</summary>
public sealed record DemoDeal(
    Guid Id,
    string Name,
    Guid AccountId,
    Guid OwnerId,
    SalesStage Stage,
    int State,
    decimal EstimatedValue,
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Competitors,
    IReadOnlyList<string> BuyerRoles,
    int DecisionUnitSize,
    string Description,
    string PainPoints,
    DateTime EstimatedCloseDate,
    int CloseProbability);

/// <summary>A library practice with the fields only the org holds (key, status).</summary>
public sealed record DemoPractice(Practice Practice, string Key, PracticeStatus Status);

/// <summary>A dvs_practicesuggestion row; <see cref="StatusCode"/> uses the table's status reasons.</summary>
public sealed record DemoSuggestion(Guid Id, Guid DealId, Guid PracticeId, string Title, int Rank, decimal Score, int StatusCode, string? DismissReason, Guid OwnerId);

/// <summary>Everything the demo org holds, generated before anything is written.</summary>
public sealed record DemoOrg(
    IReadOnlyList<DemoBusinessUnit> BusinessUnits,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoTeam> Teams,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoDeal> Deals,
    IReadOnlyList<DemoPractice> Practices,
    IReadOnlyList<DemoSuggestion> Suggestions);
