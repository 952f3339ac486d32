namespace DataverseSharing.Integration.Connection;

/// <summary>
/// The asynchronous steps an org has queued (system jobs), for a command to wait for before it exits. The embedded
/// default runs them in the console's own process; a real Dataverse runs them on its servers, so there the
/// connection has none of this.
/// </summary>
public interface IAsyncWork
{
    /// <summary>Jobs that are due and not yet run.</summary>
    int Pending();

    /// <summary>Runs every due job, and the jobs they queue, until none is due.</summary>
    AsyncWorkResult RunPending();
}

/// <summary>What one run of the queue did.</summary>
public sealed record AsyncWorkResult(int Succeeded, int Failed, int Postponed);
