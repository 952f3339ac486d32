using DataverseSharing.Domain.Practices;
using DataverseSharing.LocalDataverse;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Engine;

/// <summary>
/// An in-memory organization made of the package's solution (Solution/src: tables, environment variables, and the
/// steps and custom APIs its files generated from the declarations), loaded as the console loads it, as an import
/// would; the step files' plug-in types run from the Plugins build the tests compile against.
/// Asynchronous steps queue until <see cref="Drain"/>.
/// </summary>
public sealed class SuggestionOrg : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public SuggestionOrg(bool enforceSecurity = false, IReadOnlyList<LocalDataverse.Pipeline.StepDefinition>? extraSteps = null)
    {
        Clock = new ManualClock(Start);
        var plugins = typeof(PluginBase).Assembly;
        Organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            SolutionFolders = [RepositoryPaths.PackageSolution],
            PluginAssemblies = [plugins],
            Steps = extraSteps ?? [],
            EnforceSecurity = enforceSecurity,
            Clock = Clock,
        });
        RepId = AddUser("Rep");
        Rep = Organization.ServiceAs(RepId);
        LibrarianId = AddUser("Librarian", "Practice Administrator", "Practice Approver");
        Library = Organization.ServiceAs(LibrarianId);
    }

    /// <summary>
    /// The person who keeps the library: a Practice Administrator and Approver, the only kind of caller the
    /// lifecycle guard lets create practices as Approved or retire them.
    /// </summary>
    public Guid LibrarianId { get; }

    public LocalOrganizationService Library { get; }

    /// <summary>The sales rep who owns the deals <see cref="CreateOpportunity"/> creates (no roles: security is off unless asked).</summary>
    public Guid RepId { get; }

    public LocalOrganizationService Rep { get; }

    public LocalOrganization Organization { get; }

    public LocalOrganizationService System => Organization.SystemService;

    public ManualClock Clock { get; }

    /// <summary>Runs every queued asynchronous step; fails the test when one failed.</summary>
    public void Drain()
    {
        var result = Organization.AsyncJobs.Drain();
        if (result.Failed > 0 || result.Postponed > 0)
        {
            throw new InvalidOperationException($"{result.Failed} async job(s) failed and {result.Postponed} were postponed.");
        }
    }

    /// <summary>Writes <paramref name="practice"/> as a dvs_bestpractice row (Approved unless it says otherwise) and returns its id.</summary>
    public Guid AddPractice(Practice practice, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var row = PracticeMapper.ToEntity(practice);
        row[BestPracticeSchema.PracticeKey] = key ?? "BP-" + practice.Id[..8];
        row[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(practice.Status));
        row[BestPracticeSchema.StateCode] = new OptionSetValue(PracticeMapper.StateCodeOf(practice.Status));
        return Library.Create(row);
    }

    /// <summary>An approved practice with a fresh GUID id, shaped by <paramref name="shape"/>.</summary>
    public Guid AddPractice(Func<Practices.PracticeBuilder, Practices.PracticeBuilder> shape, string? key = null)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var id = Guid.NewGuid().ToString("D");
        return AddPractice(shape(new Practices.PracticeBuilder(id).WithStatus(PracticeStatus.Approved).ApprovedOn(Start.UtcDateTime.AddDays(-30))).Build(), key);
    }

    public Guid CreateAccount(string name = "Contoso") => System.Create(new Entity(AccountSchema.Table) { [AccountSchema.Name] = name });

    public Guid CreateOpportunity(Entity values, IOrganizationService? service = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var row = new Entity(OpportunitySchema.Table);
        foreach (var pair in values.Attributes)
        {
            row[pair.Key] = pair.Value;
        }

        if (!row.Contains(OpportunitySchema.Name))
        {
            row[OpportunitySchema.Name] = "Big deal";
        }

        return (service ?? Rep).Create(row);
    }

    /// <summary>The opportunity's suggestion rows, best rank first.</summary>
    public IReadOnlyList<Entity> Suggestions(Guid opportunityId)
    {
        var query = new QueryExpression(PracticeSuggestionSchema.Table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(PracticeSuggestionSchema.Opportunity, ConditionOperator.Equal, opportunityId);
        query.AddOrder(PracticeSuggestionSchema.Rank, OrderType.Ascending);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>The practice ids of the opportunity's suggestion rows, by rank.</summary>
    public IReadOnlyList<Guid> SuggestedPractices(Guid opportunityId) =>
        Suggestions(opportunityId).Select(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id).ToList();

    /// <summary>Sets the environment variable dvs_SuggestionCount's current value.</summary>
    public void SetSuggestionCount(string value)
    {
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, "dvs_SuggestionCount");
        var definition = System.RetrieveMultiple(query).Entities.Single();
        System.Create(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = "dvs_SuggestionCount",
            ["value"] = value,
            ["environmentvariabledefinitionid"] = definition.ToEntityReference(),
        });
    }

    /// <summary>Queued (not yet run) asynchronous jobs.</summary>
    public int QueuedJobs()
    {
        var query = new QueryExpression("asyncoperation") { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition("statecode", ConditionOperator.In, 0, 1);
        return System.RetrieveMultiple(query).Entities.Count;
    }

    /// <summary>A user in the root business unit (created on first use) with the named roles.</summary>
    public Guid AddUser(string name, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        rootUnit ??= System.Create(new Entity("businessunit") { ["name"] = "Root" });
        var user = System.Create(new Entity("systemuser")
        {
            ["lastname"] = name,
            ["domainname"] = name.Replace(' ', '.') + "@contoso.test",
            ["businessunitid"] = new EntityReference("businessunit", rootUnit.Value),
        });
        foreach (var role in roles)
        {
            var roleId = System.Create(new Entity("role") { ["name"] = role, ["businessunitid"] = new EntityReference("businessunit", rootUnit.Value) });
            System.Associate("systemuser", user, new Relationship("systemuserroles_association"), new EntityReferenceCollection { new EntityReference("role", roleId) });
        }

        return user;
    }

    public void Dispose() => Organization.Dispose();

    private Guid? rootUnit;
}
