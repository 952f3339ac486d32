using DataverseSharing.Serve.Faults;

namespace DataverseSharing.Serve;

/// <summary>How <see cref="LocalWebApiServer"/> serves: as whom, on which loopback port, and which faults it injects.</summary>
public sealed record LocalWebApiServerOptions
{
    /// <summary>The systemuser every request acts as unless it impersonates another (MSCRMCallerID, CallerObjectId).</summary>
    public required Guid DefaultUserId { get; init; }

    /// <summary>The port on 127.0.0.1; 0 takes any free one.</summary>
    public int Port { get; init; }

    public FaultSpec Faults { get; init; } = FaultSpec.None;

    /// <summary>Seeds the fault draws, so a run can be repeated.</summary>
    public int Seed { get; init; }

    /// <summary>The x-ms-dop-hint every response carries: the parallelism the server suggests to clients.</summary>
    public int DegreeOfParallelismHint { get; init; } = 4;
}
