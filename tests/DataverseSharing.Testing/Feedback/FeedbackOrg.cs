using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Testing.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Testing.Feedback;

/// <summary>
/// A <see cref="SuggestionOrg"/> with the verbs of feedback and outcomes: deals whose suggestion rows the suggest
/// step wrote, a rep applying, dismissing and rating them, deals won and lost through WinOpportunity and
/// LoseOpportunity, and the statistics as stored on the practice row.
/// </summary>
public sealed class FeedbackOrg : IDisposable
{
    public FeedbackOrg(IReadOnlyList<LocalDataverse.Pipeline.StepDefinition>? extraSteps = null)
    {
        Org = new SuggestionOrg(extraSteps: extraSteps);
    }

    public SuggestionOrg Org { get; }

    public IOrganizationService System => Org.System;

    /// <summary>An approved practice for any deal (no scope), named by its title.</summary>
    public Guid Practice(string title, Func<Practices.PracticeBuilder, Practices.PracticeBuilder>? shape = null) =>
        Org.AddPractice(p => (shape ?? (b => b))(p.WithTitle(title).WithKeywords("procurement")), "BP-" + title.Replace(' ', '-'));

    /// <summary>An open deal of <paramref name="account"/> whose suggestion rows are written (async drained).</summary>
    public Guid Deal(Guid? account = null, string name = "Big deal", params string[] competitors)
    {
        var values = new Entity(OpportunitySchema.Table)
        {
            [OpportunitySchema.Name] = name,
            [OpportunitySchema.Description] = "procurement",
        };
        if (account is { } a)
        {
            values[OpportunitySchema.ParentAccount] = new EntityReference(AccountSchema.Table, a);
        }

        if (competitors.Length > 0)
        {
            values[OpportunitySchema.Competitors] = string.Join("; ", competitors);
        }

        var id = Org.CreateOpportunity(values);
        Org.Drain();
        return id;
    }

    /// <summary>The deal's suggestion row of <paramref name="practice"/>.</summary>
    public Entity Row(Guid deal, Guid practice) =>
        Org.Suggestions(deal).Single(r => r.GetAttributeValue<EntityReference>(PracticeSuggestionSchema.BestPractice)!.Id == practice);

    public void Apply(Guid deal, Guid practice, IOrganizationService? service = null) =>
        Act(deal, practice, r => r[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusApplied), service);

    public void Dismiss(Guid deal, Guid practice, string reason = "Not for this customer") =>
        Act(deal, practice, r =>
        {
            r[PracticeSuggestionSchema.StatusCode] = new OptionSetValue(PracticeSuggestionSchema.StatusDismissed);
            r[PracticeSuggestionSchema.DismissReason] = reason;
        });

    public void Rate(Guid deal, Guid practice, int stars) => Act(deal, practice, r => r[PracticeSuggestionSchema.Rating] = stars);

    public void Win(Guid deal, IOrganizationService? service = null) =>
        (service ?? Org.Rep).Execute(new WinOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(3) });

    public void Lose(Guid deal, IOrganizationService? service = null) =>
        (service ?? Org.Rep).Execute(new LoseOpportunityRequest { OpportunityClose = Close(deal), Status = new OptionSetValue(5) });

    /// <summary>The statistics stored on the practice row.</summary>
    public EffectivenessStats Stats(Guid practice) =>
        PracticeMapper.ToPractice(System.Retrieve(BestPracticeSchema.Table, practice, new ColumnSet(PracticeMapper.Columns))).Effectiveness;

    public void Drain() => Org.Drain();

    public void Dispose() => Org.Dispose();

    private void Act(Guid deal, Guid practice, Action<Entity> change, IOrganizationService? service)
    {
        var row = new Entity(PracticeSuggestionSchema.Table, Row(deal, practice).Id);
        change(row);
        (service ?? Org.Rep).Update(row);
    }

    private void Act(Guid deal, Guid practice, Action<Entity> change) => Act(deal, practice, change, null);

    private static Entity Close(Guid deal) => new("opportunityclose")
    {
        ["opportunityid"] = new EntityReference(OpportunitySchema.Table, deal),
        ["subject"] = "Closed",
    };
}
