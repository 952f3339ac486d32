using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Deals;
using DataverseSharing.Integration.Writing;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.Integration.Demo;

/// <summary>Writes a generated <see cref="DemoOrg"/> through the organization service, parents before children.</summary>
public static class DemoOrgWriter
{
    /// <summary>
    /// Writes the org. The people, accounts, deals and suggestions go as SYSTEM (<paramref name="system"/>); the
    /// practices go as the administrator (<paramref name="administrator"/>), because a practice created as Approved
    /// is an import the lifecycle guard allows only to a Practice Administrator.
    /// </summary>
    public static void Write(IOrganizationService system, IOrganizationService administrator, DemoOrg org, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(org);

        // The root business unit and the administrator exist already (every console org has them).
        var requests = new List<OrganizationRequest>();
        requests.AddRange(org.BusinessUnits.Where(u => u.ParentId is not null).Select(u => Create(BusinessUnit(u))));
        requests.AddRange(org.Users.Where(u => u.Id != DemoPeople.AdministratorId).Select(u => Create(User(u))));
        requests.AddRange(org.Teams.Select(t => Create(Team(t))));
        requests.AddRange(DemoSecurity.Requests(org));
        requests.AddRange(org.Accounts.Select(a => Create(Account(a))));
        requests.AddRange(org.Deals.Select(d => Create(Opportunity(d))));
        var practices = org.Practices.Select(p => (OrganizationRequest)Create(Practice(p, org))).ToList();
        var suggestions = org.Suggestions.Select(s => (OrganizationRequest)Create(Suggestion(s))).ToList();
        var total = requests.Count + practices.Count + suggestions.Count;
        var step = Math.Max(500, total / 10);
        var next = step;
        var written = 0;
        void Report(int done)
        {
            if (written + done >= next || written + done == total)
            {
                progress.WriteLine($"  {written + done:N0} of {total:N0} records written");
                next = written + done + step;
            }
        }

        foreach (var (service, part) in new[] { (system, requests), (administrator, practices), (system, suggestions) })
        {
            new RequestWriter(service).Write(part, Report);
            written += part.Count;
        }
    }

    /// <summary>What every org made by the console starts with: the root business unit, the roles, and the administrator with System Administrator.</summary>
    public static void WriteFoundation(IOrganizationService service)
    {
        service.Create(BusinessUnit(new DemoBusinessUnit(DemoPeople.RootBusinessUnitId, "Fabrikam", null)));
        service.Create(User(new DemoUser(DemoPeople.AdministratorId, "Dana", "Whitfield", "CRM Administrator", DemoPeople.RootBusinessUnitId, null, "Administrator")));
        foreach (var request in DemoSecurity.Foundation())
        {
            service.Execute(request);
        }
    }

    /// <summary>Cancels the system jobs still waiting to run (statecode Completed, statuscode Canceled), one update each.</summary>
    public static int CancelQueuedJobs(IOrganizationService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("asyncoperation") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) };
        query.Criteria.AddCondition("statecode", Microsoft.Xrm.Sdk.Query.ConditionOperator.In, 0, 1);
        var jobs = service.RetrieveMultiple(query).Entities;
        foreach (var job in jobs)
        {
            service.Update(new Entity("asyncoperation", job.Id) { ["statecode"] = new OptionSetValue(3), ["statuscode"] = new OptionSetValue(32) });
        }

        return jobs.Count;
    }

    private static CreateRequest Create(Entity entity) => new() { Target = entity };

    private static Entity BusinessUnit(DemoBusinessUnit unit)
    {
        var row = new Entity("businessunit", unit.Id) { ["name"] = unit.Name };
        if (unit.ParentId is { } parent)
        {
            row["parentbusinessunitid"] = new EntityReference("businessunit", parent);
        }

        return row;
    }

    private static Entity User(DemoUser user)
    {
        var row = new Entity("systemuser", user.Id)
        {
            ["firstname"] = user.FirstName,
            ["lastname"] = user.LastName,
            ["fullname"] = user.FullName,
            ["domainname"] = user.DomainName,
            ["internalemailaddress"] = user.DomainName,
            ["title"] = user.Title,
            ["businessunitid"] = new EntityReference("businessunit", user.BusinessUnitId),
        };
        if (user.ManagerId is { } manager)
        {
            row["parentsystemuserid"] = new EntityReference("systemuser", manager);
        }

        return row;
    }

    private static Entity Team(DemoTeam team) => new("team", team.Id)
    {
        ["name"] = team.Name,
        ["businessunitid"] = new EntityReference("businessunit", team.BusinessUnitId),
        ["administratorid"] = new EntityReference("systemuser", team.AdministratorId),
        ["teamtype"] = new OptionSetValue(0),
    };

    private static Entity Account(DemoAccount account) => new(AccountSchema.Table, account.Id)
    {
        [AccountSchema.Name] = account.Name,
        [AccountSchema.IndustryCode] = new OptionSetValue(account.IndustryCode),
        [AccountSchema.Region] = account.Region,
        ["address1_city"] = account.City,
        ["address1_country"] = account.Country,
        ["customertypecode"] = new OptionSetValue(3),
        ["ownerid"] = new EntityReference("systemuser", account.OwnerId),
    };

    private static Entity Opportunity(DemoDeal deal)
    {
        var account = new EntityReference(AccountSchema.Table, deal.AccountId);
        var row = new Entity(OpportunitySchema.Table, deal.Id)
        {
            [OpportunitySchema.Name] = deal.Name,
            [OpportunitySchema.Customer] = account,
            [OpportunitySchema.ParentAccount] = account,
            [OpportunitySchema.EstimatedValue] = new Money(deal.EstimatedValue),
            [OpportunitySchema.SalesStage] = new OptionSetValue((int)deal.Stage),
            [OpportunitySchema.StepName] = SalesStages.StepName(deal.Stage),
            [OpportunitySchema.Description] = deal.Description,
            [OpportunitySchema.CustomerPainPoints] = deal.PainPoints,
            [OpportunitySchema.EstimatedCloseDate] = deal.EstimatedCloseDate,
            ["closeprobability"] = deal.CloseProbability,
            [OpportunitySchema.Competitors] = ValueList.Join(deal.Competitors),
            [OpportunitySchema.BuyerRoles] = ValueList.Join(deal.BuyerRoles),
            [OpportunitySchema.ProductFamilies] = ValueList.Join(deal.Products),
            [OpportunitySchema.DecisionUnitSize] = deal.DecisionUnitSize,
            [OpportunitySchema.Owner] = new EntityReference("systemuser", deal.OwnerId),
        };
        if (deal.State == OpportunitySchema.StateWon)
        {
            row[OpportunitySchema.StatusCode] = new OptionSetValue(3);
            row[OpportunitySchema.ActualValue] = new Money(deal.EstimatedValue);
            row[OpportunitySchema.ActualCloseDate] = deal.EstimatedCloseDate;
        }
        else if (deal.State == OpportunitySchema.StateLost)
        {
            row[OpportunitySchema.StatusCode] = new OptionSetValue(5);
            row[OpportunitySchema.ActualCloseDate] = deal.EstimatedCloseDate;
        }

        return row;
    }

    private static Entity Practice(DemoPractice practice, DemoOrg org)
    {
        var row = PracticeMapper.ToEntity(practice.Practice);
        row[BestPracticeSchema.PracticeKey] = practice.Key;
        row[BestPracticeSchema.StatusCode] = new OptionSetValue(PracticeMapper.StatusCodeOf(practice.Status));

        // Practices belong to the approver's library; the demo has one approver.
        row["ownerid"] = new EntityReference("systemuser", org.Users.First(u => u.Role == "Approver").Id);
        return row;
    }

    private static Entity Suggestion(DemoSuggestion suggestion)
    {
        var row = new Entity(PracticeSuggestionSchema.Table, suggestion.Id)
        {
            [PracticeSuggestionSchema.Name] = Truncate(suggestion.Title, 200),
            [PracticeSuggestionSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, suggestion.DealId),
            [PracticeSuggestionSchema.BestPractice] = new EntityReference(BestPracticeSchema.Table, suggestion.PracticeId),
            [PracticeSuggestionSchema.Rank] = suggestion.Rank,
            [PracticeSuggestionSchema.StatusCode] = new OptionSetValue(suggestion.StatusCode),
            [PracticeSuggestionSchema.Owner] = new EntityReference("systemuser", suggestion.OwnerId),
        };
        if (suggestion.DismissReason is not null)
        {
            row[PracticeSuggestionSchema.DismissReason] = suggestion.DismissReason;
        }

        return row;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
