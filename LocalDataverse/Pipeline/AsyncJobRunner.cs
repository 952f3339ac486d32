using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>What one drain of the system job queue did.</summary>
public sealed record AsyncDrainResult(int Succeeded, int Failed, int Postponed);

/// <summary>
/// Runs queued asynchronous steps. Tests call <see cref="Drain"/> for a deterministic run to quiescence; the
/// embedded default calls <see cref="Start"/> to drain in the background. A failed job is retried with a growing
/// delay (postponeuntil) up to <see cref="MaxAttempts"/> times, then recorded as Failed with its error.
/// </summary>
public sealed class AsyncJobRunner : IDisposable
{
    private readonly PluginPipeline pipeline;
    private readonly IOrganizationService system;
    private readonly Func<Guid?, PipelineCaller, IOrganizationService> services;
    private readonly TimeProvider clock;
    private readonly object gate = new();
    private readonly Guid runnerId = Guid.NewGuid();
    private Timer? timer;

    // Set once disposed, under the gate: a timer callback already under way when the timer is disposed finds it and
    // stops, and Dispose waits for a drain in progress, so the database is never closed under a running job.
    private bool stopped;

    internal AsyncJobRunner(PluginPipeline pipeline, IOrganizationService system, Func<Guid?, PipelineCaller, IOrganizationService> services, TimeProvider clock)
    {
        this.pipeline = pipeline;
        this.system = system;
        this.services = services;
        this.clock = clock;
    }

    /// <summary>
    /// Runs the platform's own system jobs (a queued solution import), by operationtype; a job of another type than
    /// a plug-in step's is carried out by the entry for its type, once: it fails for good when that faults.
    /// </summary>
    internal IReadOnlyDictionary<int, Action<Entity>> SystemOperations { get; set; } = new Dictionary<int, Action<Entity>>();

    /// <summary>Attempts per job before it is recorded as failed.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The delay before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Runs every job that is due, and the jobs those jobs queue, until none is due.</summary>
    public AsyncDrainResult Drain()
    {
        lock (gate)
        {
            int succeeded = 0, failed = 0, postponed = 0;
            for (var round = 0; round < 10_000; round++)
            {
                var due = DueJobs();
                if (due.Count == 0)
                {
                    break;
                }

                foreach (var job in due)
                {
                    switch (RunJob(job))
                    {
                        case JobOutcome.Succeeded: succeeded++; break;
                        case JobOutcome.Failed: failed++; break;
                        default: postponed++; break;
                    }
                }
            }

            return new AsyncDrainResult(succeeded, failed, postponed);
        }
    }

    /// <summary>Drains in the background every <paramref name="interval"/> until disposed.</summary>
    public void Start(TimeSpan interval)
    {
        timer?.Dispose();
        lock (gate)
        {
            stopped = false;
        }

        timer = new Timer(_ => DrainQuietly(), null, TimeSpan.Zero, interval);
    }

    public void Dispose()
    {
        timer?.Dispose();
        timer = null;
        lock (gate)
        {
            stopped = true;
        }
    }

    private void DrainQuietly()
    {
        lock (gate)
        {
            if (stopped)
            {
                return;
            }

            try
            {
                Drain();
            }
            catch (FaultException<OrganizationServiceFault>)
            {
                // A storage fault (a locked file) is retried on the next tick; job failures are recorded on the jobs.
            }
        }
    }

    private List<Entity> DueJobs()
    {
        var query = new QueryExpression(AsyncJob.Table) { ColumnSet = new ColumnSet("data", "retrycount", "statecode", "hostid", "operationtype") };
        query.Criteria.AddCondition("statecode", ConditionOperator.In, AsyncJob.StateReady, AsyncJob.StateSuspended, AsyncJob.StateLocked);
        query.Criteria.AddCondition("postponeuntil", ConditionOperator.LessEqual, clock.GetUtcNow().UtcDateTime);
        query.AddOrder("postponeuntil", OrderType.Ascending);
        query.AddOrder("createdon", OrderType.Ascending);

        // A Locked job is due again only when the process running it is gone (killed mid-run): its step runs again
        // from the start, as on the platform, where async steps must be safe to repeat.
        return system.RetrieveMultiple(query).Entities
            .Where(j => j.GetAttributeValue<OptionSetValue>("statecode")?.Value != AsyncJob.StateLocked || AsyncJobHost.IsAbandoned(j.GetAttributeValue<string>("hostid"), runnerId))
            .ToList();
    }

    private JobOutcome RunJob(Entity job)
    {
        if (job.GetAttributeValue<OptionSetValue>("operationtype")?.Value is { } type && SystemOperations.TryGetValue(type, out var operation))
        {
            return RunSystemOperation(job, operation);
        }

        var context = AsyncJob.Deserialize(job.GetAttributeValue<string>("data") ?? string.Empty);
        var step = pipeline.Steps.FirstOrDefault(s => s.Id == context.OwningExtension.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        if (step is null)
        {
            Finish(job, AsyncJob.StatusFailed, now, $"The step {context.OwningExtension.Id:D} is no longer registered.", PipelineErrorCodes.Unexpected);
            return JobOutcome.Failed;
        }

        Set(job.Id, AsyncJob.StateLocked, AsyncJob.StatusInProgress, ("startedon", now), ("hostid", AsyncJobHost.For(runnerId)));
        try
        {
            StepRunner.Run(pipeline, step, context, services, clock);
            Finish(job, AsyncJob.StatusSucceeded, clock.GetUtcNow().UtcDateTime, message: null, errorCode: null);
            return JobOutcome.Succeeded;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var attempts = (job.GetAttributeValue<int?>("retrycount") ?? 0) + 1;
            if (attempts >= MaxAttempts)
            {
                Finish(job, AsyncJob.StatusFailed, clock.GetUtcNow().UtcDateTime, fault.Detail.Message, fault.Detail.ErrorCode, attempts);
                return JobOutcome.Failed;
            }

            var delay = TimeSpan.FromTicks(RetryDelay.Ticks * (1L << (attempts - 1)));
            Set(job.Id, AsyncJob.StateSuspended, AsyncJob.StatusWaiting,
                ("retrycount", attempts), ("postponeuntil", now + delay), ("message", fault.Detail.Message), ("errorcode", fault.Detail.ErrorCode));
            return JobOutcome.Postponed;
        }
    }

    private JobOutcome RunSystemOperation(Entity job, Action<Entity> operation)
    {
        Set(job.Id, AsyncJob.StateLocked, AsyncJob.StatusInProgress, ("startedon", clock.GetUtcNow().UtcDateTime), ("hostid", AsyncJobHost.For(runnerId)));
        try
        {
            operation(job);
            Finish(job, AsyncJob.StatusSucceeded, clock.GetUtcNow().UtcDateTime, message: null, errorCode: null);
            return JobOutcome.Succeeded;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            Finish(job, AsyncJob.StatusFailed, clock.GetUtcNow().UtcDateTime, fault.Detail.Message, fault.Detail.ErrorCode, 1);
            return JobOutcome.Failed;
        }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException)
        {
            // A job whose data cannot be read (written by hand, damaged) fails for good instead of stopping the runner.
            Finish(job, AsyncJob.StatusFailed, clock.GetUtcNow().UtcDateTime, $"The system job's data cannot be read: {e.Message}", PipelineErrorCodes.Unexpected, 1);
            return JobOutcome.Failed;
        }
    }

    private void Finish(Entity job, int status, DateTime completedOn, string? message, int? errorCode, int? attempts = null)
    {
        var values = new List<(string, object?)> { ("completedon", completedOn), ("message", message), ("errorcode", errorCode) };
        if (attempts is { } a)
        {
            values.Add(("retrycount", a));
        }

        Set(job.Id, AsyncJob.StateCompleted, status, values.ToArray());
    }

    private void Set(Guid id, int state, int status, params (string Column, object? Value)[] values)
    {
        var update = new Entity(AsyncJob.Table, id)
        {
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(status),
        };
        foreach (var (column, value) in values)
        {
            update[column] = value;
        }

        system.Update(update);
    }

    private enum JobOutcome
    {
        Succeeded,
        Failed,
        Postponed,
    }
}
