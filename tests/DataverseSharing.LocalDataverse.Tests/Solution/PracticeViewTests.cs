using System.Xml.Linq;
using DataverseSharing.Domain.Practices;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>
/// The library's views run on the organization the package's solution makes (as an import would), against
/// practices in every state: each returns the rows its name promises and no others.
/// </summary>
public sealed class PracticeViewTests : IDisposable
{
    private const int Applied = 617420000;

    private readonly SuggestionOrg org = new();

    public void Dispose() => org.Dispose();

    [Fact]
    public void ApprovedByTopic_ApprovedOnly_InTopicOrder()
    {
        var pricing = org.AddPractice(p => p.WithTitle("Price late").WithTopic(PracticeTopic.Pricing));
        var discovery = org.AddPractice(p => p.WithTitle("Ask why now").WithTopic(PracticeTopic.Discovery));
        org.AddPractice(p => p.WithTitle("Still a draft").WithTopic(PracticeTopic.Discovery).WithStatus(PracticeStatus.Draft));
        org.AddPractice(p => p.WithTitle("Waiting").WithStatus(PracticeStatus.Submitted));

        var rows = Run("5bb5a403-f3d5-56a7-8aea-6129cb7751e7", org.Library);

        Assert.Equal([discovery, pricing], rows.Select(r => r.Id));
    }

    [Fact]
    public void MyDrafts_TheCallersDraftsOnly()
    {
        var mine = CreateAsRep(Draft("My draft"));
        var submitted = CreateAsRep(Draft("My submitted"));
        org.Rep.Update(new Entity("dvs_bestpractice", submitted) { ["statuscode"] = new OptionSetValue(PracticeMapper.StatusCodeOf(PracticeStatus.Submitted)) });
        org.AddPractice(p => p.WithTitle("The librarian's draft").WithStatus(PracticeStatus.Draft));

        Assert.Equal([mine], Run("04a26c97-fbc7-5725-ad53-9fd70a417dfc", org.Rep).Select(r => r.Id));
        Assert.DoesNotContain(mine, Run("04a26c97-fbc7-5725-ad53-9fd70a417dfc", org.Library).Select(r => r.Id));
    }

    [Fact]
    public void PendingApproval_SubmittedOnly()
    {
        var submitted = org.AddPractice(p => p.WithTitle("Waiting").WithStatus(PracticeStatus.Submitted));
        org.AddPractice(p => p.WithTitle("Approved"));
        org.AddPractice(p => p.WithTitle("Draft").WithStatus(PracticeStatus.Draft));

        Assert.Equal([submitted], Run("298a8c46-8e69-5bcf-864a-78710b8b1cac", org.Library).Select(r => r.Id));
    }

    [Fact]
    public void ExpiringThisMonth_ExpiryInTheClocksMonth_SoonestFirst()
    {
        var month = SuggestionOrg.Start.UtcDateTime;
        var late = org.AddPractice(p => p.WithTitle("Late March").ExpiresOn(new DateTime(month.Year, month.Month, 28, 0, 0, 0, DateTimeKind.Utc)));
        var early = org.AddPractice(p => p.WithTitle("Mid March").ExpiresOn(new DateTime(month.Year, month.Month, 15, 0, 0, 0, DateTimeKind.Utc)));
        org.AddPractice(p => p.WithTitle("April").ExpiresOn(new DateTime(month.Year, month.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).AddDays(3)));
        org.AddPractice(p => p.WithTitle("Never"));

        Assert.Equal([early, late], Run("d7985da6-a58e-56dd-a1f0-088887aef0e7", org.Library).Select(r => r.Id));
    }

    [Fact]
    public void FlaggedForReview_FlaggedActiveOnly()
    {
        var flagged = org.AddPractice(p => p.WithTitle("Stopped working"));
        org.AddPractice(p => p.WithTitle("Fine"));
        org.System.Update(new Entity("dvs_bestpractice", flagged) { ["dvs_flaggedforreview"] = true });

        Assert.Equal([flagged], Run("cf5d1e33-bbab-5606-954a-aeb87960d30a", org.Library).Select(r => r.Id));
    }

    // The account form's subgrid: the view, narrowed to the account as the form's relationship narrows it.
    [Fact]
    public void OpportunitiesWithAppliedPractices_ForAnAccount_ItsDealsWithAnAppliedSuggestion()
    {
        org.AddPractice(p => p.WithTitle("Ask why now").WithTopic(PracticeTopic.Discovery));
        var contoso = org.CreateAccount("Contoso");
        var fabrikam = org.CreateAccount("Fabrikam");
        var applied = Deal(contoso, "Contoso renewal");
        Deal(contoso, "Contoso expansion");
        var elsewhere = Deal(fabrikam, "Fabrikam pilot");
        Apply(applied);
        Apply(elsewhere);

        var query = Query("bd1cd787-b3f3-5a66-8631-098bd82e24fb");
        query.Criteria.AddCondition("customerid", ConditionOperator.Equal, contoso);

        Assert.Equal([applied], org.Library.RetrieveMultiple(query).Entities.Select(r => r.Id));
    }

    [Fact]
    public void AppliedPracticesByCustomer_AppliedSuggestionsOnly_WithTheirCustomer()
    {
        org.AddPractice(p => p.WithTitle("Ask why now").WithTopic(PracticeTopic.Discovery));
        var contoso = org.CreateAccount("Contoso");
        var deal = Deal(contoso, "Contoso renewal");
        var suggestion = Apply(deal);

        var rows = Run("471e88d1-9efb-5f6d-9632-6062c9362080", org.Library);

        var row = Assert.Single(rows);
        Assert.Equal(suggestion, row.Id);
        var customer = Assert.IsType<EntityReference>(row.GetAttributeValue<AliasedValue>("deal.customerid")?.Value);
        Assert.Equal(contoso, customer.Id);
    }

    // The suggest step runs asynchronously: drained, the deal has its suggestion rows.
    private Guid Deal(Guid account, string name)
    {
        var id = org.CreateOpportunity(new Entity("opportunity") { ["name"] = name, ["customerid"] = new EntityReference("account", account) });
        org.Drain();
        return id;
    }

    // The first suggestion the suggest step wrote on the deal, applied by the rep.
    private Guid Apply(Guid opportunity)
    {
        var suggestion = org.Suggestions(opportunity)[0].Id;
        org.Rep.Update(new Entity("dvs_practicesuggestion", suggestion) { ["statuscode"] = new OptionSetValue(Applied) });
        org.Drain();
        return suggestion;
    }

    private static Practice Draft(string title) =>
        new DataverseSharing.Testing.Practices.PracticeBuilder(Guid.NewGuid().ToString("D")).WithTitle(title).WithSummary("Ask why the deal matters now.").WithBody("Open with the trigger event; confirm it with the sponsor.").WithStatus(PracticeStatus.Draft).ApprovedOn(null).Build();

    private Guid CreateAsRep(Practice practice)
    {
        var row = PracticeMapper.ToEntity(practice);
        row["statuscode"] = new OptionSetValue(PracticeMapper.StatusCodeOf(practice.Status));
        return org.Rep.Create(row);
    }

    private static List<Entity> Run(string viewId, IOrganizationService caller) => caller.RetrieveMultiple(Query(viewId)).Entities.ToList();

    private static QueryExpression Query(string viewId)
    {
        var file = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), "{" + viewId + "}.xml", SearchOption.AllDirectories).Single();
        var fetch = XDocument.Load(file).Descendants("fetch").Single().ToString();
        return FetchXmlParser.Parse(fetch).Query;
    }
}
