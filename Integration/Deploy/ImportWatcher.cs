using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Deploy;

/// <summary>How the import's system job ended: its statuscode and message.</summary>
public sealed record ImportOutcome(int StatusCode, string? Message)
{
    public const int Succeeded = 30;
    public const int Failed = 31;
}

/// <summary>
/// Follows an ImportSolutionAsync system job until it completes (asyncoperation statecode 3), reporting the import
/// job's progress (importjob.progress, 0 to 100) on the way. Polls often at first, then less (up to
/// <see cref="MaxInterval"/>), and gives up after the timeout.
/// </summary>
public sealed class ImportWatcher(IOrganizationService service, TimeSpan timeout)
{
    public static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(250);
    public static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(5);

    /// <exception cref="TimeoutException">The job had not completed within the timeout.</exception>
    public async Task<ImportOutcome> WaitAsync(Guid asyncOperationId, Guid importJobId, Action<double> progress, CancellationToken cancellation)
    {
        var deadline = DateTime.UtcNow + timeout;
        var interval = FirstInterval;
        while (true)
        {
            var job = service.Retrieve("asyncoperation", asyncOperationId, new ColumnSet("statecode", "statuscode", "message"));
            if (job.GetAttributeValue<OptionSetValue>("statecode")?.Value == 3)
            {
                progress(100);
                return new ImportOutcome(job.GetAttributeValue<OptionSetValue>("statuscode")?.Value ?? 0, job.GetAttributeValue<string>("message"));
            }

            progress(Progress(importJobId));
            if (DateTime.UtcNow + interval > deadline)
            {
                throw new TimeoutException($"The import (system job {asyncOperationId:D}) had not finished after {timeout.TotalSeconds:0} s; it may still complete: see asyncoperations({asyncOperationId:D}).");
            }

            await Task.Delay(interval, cancellation).ConfigureAwait(false);
            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, MaxInterval.Ticks));
        }
    }

    // The import job row appears once the import has started; until then there is no progress to show.
    private double Progress(Guid importJobId)
    {
        var query = new QueryExpression("importjob") { ColumnSet = new ColumnSet("progress"), TopCount = 1 };
        query.Criteria.AddCondition("importjobid", ConditionOperator.Equal, importJobId);
        return service.RetrieveMultiple(query).Entities.FirstOrDefault()?.GetAttributeValue<double?>("progress") ?? 0;
    }
}
