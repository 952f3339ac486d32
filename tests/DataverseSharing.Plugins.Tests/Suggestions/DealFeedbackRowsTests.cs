using DataverseSharing.Domain.Learning;
using DataverseSharing.Plugins.Schema;
using DataverseSharing.Plugins.Suggestions;
using DataverseSharing.Testing.Feedback;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Suggestions;

/// <summary>The account's memory: practices applied with this customer, and how those deals ended, reach the next deal.</summary>
public sealed class DealFeedbackRowsTests : IDisposable
{
    private readonly FeedbackOrg org = new();

    public void Dispose() => org.Dispose();

    [Theory]
    [InlineData(true, "already used with this account, on deals it won")]
    [InlineData(false, "already used with this account, on deals it lost")]
    public void Suggest_NextDealOfTheAccount_SaysHowThePracticeEndedWithThisCustomer(bool won, string reason)
    {
        var practice = org.Practice("Payback model");
        var account = org.Org.CreateAccount();
        var first = org.Deal(account, "First");
        org.Apply(first, practice);
        if (won)
        {
            org.Win(first);
        }
        else
        {
            org.Lose(first);
        }

        org.Drain();

        var next = org.Deal(account, "Next");

        Assert.Contains(reason, org.Row(next, practice).GetAttributeValue<string>(PracticeSuggestionSchema.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DealsNamingTheAccountAsCustomerOnly_AreTheAccountsMemoryToo()
    {
        var practice = org.Practice("Payback model");
        var account = org.Org.CreateAccount();
        var first = org.Org.CreateOpportunity(new Entity(OpportunitySchema.Table) { [OpportunitySchema.Customer] = new EntityReference(AccountSchema.Table, account) });
        org.Drain();
        org.Apply(first, practice);
        org.Win(first);
        org.Drain();
        var next = org.Deal(account, "Next");

        var feedback = DealFeedbackRows.Read(org.System, next, account, null, null).Feedback;

        Assert.Equal([practice.ToString("D")], feedback.PracticesUsed);
        Assert.Equal(AccountOutcome.Won, feedback.OutcomeOf(practice.ToString("D")));
    }

    [Fact]
    public void Read_AppliedOnAnOpenDeal_IsAnOpenUse()
    {
        var practice = org.Practice("Payback model");
        var account = org.Org.CreateAccount();
        var first = org.Deal(account, "First");
        org.Apply(first, practice);

        var feedback = DealFeedbackRows.Read(org.System, org.Deal(account, "Next"), account, null, null).Feedback;

        Assert.Equal(AccountOutcome.Open, feedback.OutcomeOf(practice.ToString("D")));
        Assert.Contains("already used with this account", org.Row(org.Deal(account, "Third"), practice).GetAttributeValue<string>(PracticeSuggestionSchema.Reasons), StringComparison.Ordinal);
    }
}
