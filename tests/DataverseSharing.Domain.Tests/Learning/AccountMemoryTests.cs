using DataverseSharing.Domain.Learning;

namespace DataverseSharing.Domain.Tests.Learning;

public sealed class AccountMemoryTests
{
    [Theory]
    [InlineData(0, 0, AccountOutcome.Open)]
    [InlineData(2, 1, AccountOutcome.Won)]
    [InlineData(1, 2, AccountOutcome.Lost)]
    [InlineData(1, 1, AccountOutcome.Open)]
    public void Outcome_WinsAgainstLosses_IsTheMajority(int won, int lost, AccountOutcome expected) =>
        Assert.Equal(expected, AccountMemory.Outcome(won, lost));
}
