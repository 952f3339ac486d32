namespace DataverseSharing.Domain.Learning;

/// <summary>How the deals that used a practice with one customer ended, as the ranking weighs them.</summary>
public enum AccountOutcome
{
    /// <summary>Used, but no deal with it has closed, or as many were won as lost.</summary>
    Open,
    Won,
    Lost,
}

/// <summary>
/// What an account remembers of a practice: it was used on this customer's deals, and those deals were mostly won or
/// mostly lost. A tie says nothing either way and reads as an open use.
/// </summary>
public static class AccountMemory
{
    public static AccountOutcome Outcome(int won, int lost) =>
        won > lost ? AccountOutcome.Won : lost > won ? AccountOutcome.Lost : AccountOutcome.Open;
}
