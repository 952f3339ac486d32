using DataverseSharing.LocalDataverse;
using DataverseSharing.Plugins.Guards;
using DataverseSharing.Plugins.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Engine;

/// <summary>
/// An in-memory org with security on, made of the package's solution (Solution/src) with its steps, the guards (tag,
/// lifecycle) among them, loaded from its step files as an import would. People as the demo has them, each with role rows of their own business unit (copies
/// under new ids, as Dataverse makes them): a rep (Salesperson, Practice Contributor), a manager (Sales Manager,
/// Practice Contributor), an approver (Sales Manager, Practice Approver) and an admin (System Administrator,
/// Practice Administrator). Setup rows are written as SYSTEM.
/// </summary>
public sealed class GuardedOrg : IDisposable
{
    public GuardedOrg()
    {
        Clock = new ManualClock(LocalEngine.Start);
        Org = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
        {
            Clock = Clock,
            SolutionFolders = [RepositoryPaths.PackageSolution],
            PluginAssemblies = [typeof(PracticeSourceTag).Assembly],
        });
        Root = System.Create(new Entity("businessunit") { ["name"] = "Fabrikam" });
        Sales = System.Create(new Entity("businessunit") { ["name"] = "Sales", ["parentbusinessunitid"] = new EntityReference("businessunit", Root) });
        Rep = User("Riley Rep", Sales, "Salesperson", "Practice Contributor");
        Manager = User("Morgan Manager", Sales, "Sales Manager", "Practice Contributor");
        Approver = User("Avery Approver", Root, "Sales Manager", "Practice Approver");
        Admin = User("Ada Admin", Root, "System Administrator", "Practice Administrator");
    }

    public LocalOrganization Org { get; }

    public ManualClock Clock { get; }

    public IOrganizationService System => Org.SystemService;

    public Guid Root { get; }

    public Guid Sales { get; }

    public Guid Rep { get; }

    public Guid Manager { get; }

    public Guid Approver { get; }

    public Guid Admin { get; }

    public IOrganizationService As(Guid user) => Org.ServiceAs(user);

    /// <summary>An opportunity of the rep's on an account in Consulting, closed as won or lost, or left open (null).</summary>
    public Guid Deal(bool? won, string name = "Northwind - Planning rollout", decimal value = 120_000m)
    {
        var account = System.Create(new Entity(AccountSchema.Table) { [AccountSchema.Name] = "Northwind", [AccountSchema.IndustryCode] = new OptionSetValue(7) });
        var id = System.Create(new Entity(OpportunitySchema.Table)
        {
            [OpportunitySchema.Name] = name,
            [OpportunitySchema.Customer] = new EntityReference(AccountSchema.Table, account),
            [OpportunitySchema.ParentAccount] = new EntityReference(AccountSchema.Table, account),
            [OpportunitySchema.EstimatedValue] = new Money(value),
            [OpportunitySchema.SalesStage] = new OptionSetValue(3),
            [OpportunitySchema.Competitors] = "Contoso; Litware",
            [OpportunitySchema.BuyerRoles] = "CFO",
            [OpportunitySchema.ProductFamilies] = "Planning",
            [OpportunitySchema.Owner] = new EntityReference("systemuser", Rep),
        });
        if (won is { } w)
        {
            var close = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference(OpportunitySchema.Table, id), ["subject"] = "closed" };
            System.Execute(w
                ? new WinOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(3) }
                : new LoseOpportunityRequest { OpportunityClose = close, Status = new OptionSetValue(4) });
        }

        return id;
    }

    /// <summary>Tags the deal as a practice source with <paramref name="notes"/>, as <paramref name="user"/>.</summary>
    public void Tag(Guid user, Guid deal, string notes = "Multi-threaded the CFO early; priced against Contoso's bundle.") =>
        As(user).Update(new Entity(OpportunitySchema.Table, deal)
        {
            [OpportunitySchema.IsPracticeSource] = true,
            [OpportunitySchema.PracticeSourceNote] = notes,
        });

    /// <summary>The practices drawn from the deal.</summary>
    public IReadOnlyList<Entity> PracticesFrom(Guid deal)
    {
        var query = new QueryExpression(BestPracticeSchema.Table) { ColumnSet = new ColumnSet(true) };
        query.Criteria.AddCondition(BestPracticeSchema.SourceOpportunity, ConditionOperator.Equal, deal);
        return System.RetrieveMultiple(query).Entities.ToList();
    }

    /// <summary>A practice with every field a submission needs, created as <paramref name="user"/> in <paramref name="statusCode"/>.</summary>
    public Guid Practice(Guid user, int statusCode = BestPracticeSchema.StatusDraft, string key = "p-1") =>
        As(user).Create(new Entity(BestPracticeSchema.Table)
        {
            [BestPracticeSchema.Name] = "Price against the bundle",
            [BestPracticeSchema.PracticeKey] = key,
            [BestPracticeSchema.Summary] = "Show the per-seat cost of the competitor's bundle.",
            [BestPracticeSchema.Body] = "Break the bundle down line by line with the CFO.",
            [BestPracticeSchema.Topic] = new OptionSetValue(BestPracticeSchema.FirstTopicValue + 6),
            [BestPracticeSchema.StatusCode] = new OptionSetValue(statusCode),
        });

    /// <summary>Moves the practice to <paramref name="statusCode"/> as <paramref name="user"/> (an Update of statuscode).</summary>
    public void Move(Guid user, Guid practice, int statusCode) =>
        As(user).Update(new Entity(BestPracticeSchema.Table, practice) { [BestPracticeSchema.StatusCode] = new OptionSetValue(statusCode) });

    public Entity Stored(Guid practice) => System.Retrieve(BestPracticeSchema.Table, practice, new ColumnSet(true));

    /// <summary>The ids of the practice's contributors.</summary>
    public IReadOnlyList<Guid> Contributors(Guid practice)
    {
        var query = new QueryExpression(BestPracticeSchema.ContributorRelationship) { ColumnSet = new ColumnSet("systemuserid") };
        query.Criteria.AddCondition(BestPracticeSchema.Id, ConditionOperator.Equal, practice);
        return System.RetrieveMultiple(query).Entities
            .Select(e => e["systemuserid"] switch { Guid g => g, EntityReference r => r.Id, var other => throw new InvalidOperationException($"unexpected {other}") })
            .ToList();
    }

    public void Dispose() => Org.Dispose();

    private Guid User(string fullName, Guid unit, params string[] roles)
    {
        var parts = fullName.Split(' ');
        var user = System.Create(new Entity("systemuser")
        {
            ["firstname"] = parts[0],
            ["lastname"] = parts[1],
            ["fullname"] = fullName,
            ["domainname"] = parts[0].ToLowerInvariant() + "@fabrikam.test",
            ["businessunitid"] = new EntityReference("businessunit", unit),
        });
        foreach (var role in roles)
        {
            var roleId = System.Create(new Entity("role") { ["name"] = role, ["businessunitid"] = new EntityReference("businessunit", unit) });
            System.Associate("systemuser", user, new Relationship("systemuserroles_association"), new EntityReferenceCollection { new EntityReference("role", roleId) });
        }

        return user;
    }
}
