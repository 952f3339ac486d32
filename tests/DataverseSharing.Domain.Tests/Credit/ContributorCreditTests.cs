using DataverseSharing.Domain.Credit;

namespace DataverseSharing.Domain.Tests.Credit;

public class ContributorCreditTests
{
    private const string User = "u-1";

    [Fact]
    public void From_PracticeAndItsRevisions_CountsOnePractice()
    {
        var credit = ContributorCredit.From(User, [new("v1", null), new("v2", "v1"), new("v3", "v2"), new("other", null)], 0, []);

        Assert.Equal(2, credit.PracticesContributed);
    }

    [Fact]
    public void From_RevisionOfSomeoneElsesPractice_CountsAsTheirOwn()
    {
        var credit = ContributorCredit.From(User, [new("v2", "not-mine")], 0, []);

        Assert.Equal(1, credit.PracticesContributed);
    }

    [Fact]
    public void From_AppliedUses_CountsOthersAndTheirWinsOnly()
    {
        var credit = ContributorCredit.From(User, [], 3,
        [
            new("rep-a", true), new("rep-b", false), new("rep-c", null), new("U-1", true),
        ]);

        Assert.Equal(3, credit.DealsTagged);
        Assert.Equal(3, credit.TimesApplied);
        Assert.Equal(1, credit.AppliedWins);
    }

    [Fact]
    public void From_NoUserOrNegativeTags_Throws()
    {
        Assert.Throws<ArgumentException>(() => ContributorCredit.From(" ", [], 0, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContributorCredit.From(User, [], -1, []));
    }
}
