namespace DataverseSharing.Integration.Demo;

/// <summary>
/// The seller organisation of the demo: a root business unit with three sales units, a manager and reps in each,
/// a practice approver and an administrator. The administrator's id is fixed: the console acts as that user.
/// </summary>
public static class DemoPeople
{
    /// <summary>The systemuser the console acts as on the embedded org.</summary>
    public static readonly Guid AdministratorId = new("6f1c2a7e-3b9d-4e51-9a0c-5d2e8f4b1a01");

    /// <summary>The root business unit every org made by the console has.</summary>
    public static readonly Guid RootBusinessUnitId = new("6f1c2a7e-3b9d-4e51-9a0c-5d2e8f4b1a00");

    private static readonly (string Unit, string Region, (string First, string Last) Manager, (string First, string Last)[] Reps)[] Units =
    {
        ("Sales North America", "North America", ("Marcus", "Bell"), new[] { ("Jordan", "Hayes"), ("Emily", "Carter"), ("Luis", "Ortega"), ("Hannah", "Brooks") }),
        ("Sales Europe", "Europe", ("Sofia", "Lindqvist"), new[] { ("Lukas", "Becker"), ("Chloe", "Martin"), ("Matteo", "Rossi"), ("Aoife", "Byrne") }),
        ("Sales APAC", "APAC", ("Kenji", "Watanabe"), new[] { ("Priya", "Nair"), ("Daniel", "Tan"), ("Olivia", "Chen"), ("Ravi", "Menon") }),
    };

    public static (IReadOnlyList<DemoBusinessUnit> Units, IReadOnlyList<DemoUser> Users, IReadOnlyList<DemoTeam> Teams) Create(SeededGuids ids)
    {
        var units = new List<DemoBusinessUnit> { new(RootBusinessUnitId, "Fabrikam", null) };
        var users = new List<DemoUser>
        {
            new(AdministratorId, "Dana", "Whitfield", "CRM Administrator", RootBusinessUnitId, null, "Administrator"),
            new(ids.Next(), "Priya", "Raman", "Sales Excellence Lead", RootBusinessUnitId, null, "Approver"),
        };
        var teams = new List<DemoTeam>();
        foreach (var (unitName, _, manager, reps) in Units)
        {
            var unit = new DemoBusinessUnit(ids.Next(), unitName, RootBusinessUnitId);
            units.Add(unit);
            var managerUser = new DemoUser(ids.Next(), manager.First, manager.Last, "Sales Manager, " + unitName["Sales ".Length..], unit.Id, null, "Manager");
            users.Add(managerUser);
            var repUsers = reps.Select(r => new DemoUser(ids.Next(), r.First, r.Last, "Account Executive", unit.Id, managerUser.Id, "Rep")).ToList();
            users.AddRange(repUsers);
            teams.Add(new DemoTeam(ids.Next(), unitName + " team", unit.Id, managerUser.Id, repUsers.Select(r => r.Id).Prepend(managerUser.Id).ToList()));
        }

        return (units, users, teams);
    }

    /// <summary>The region a sales unit sells in.</summary>
    public static string RegionOf(DemoBusinessUnit unit) =>
        Units.FirstOrDefault(u => u.Unit == unit.Name).Region ?? DemoVocabulary.Regions[0];
}
