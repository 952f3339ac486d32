using System.Globalization;
using System.ServiceModel;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Polly;
using Polly.Retry;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// Applies <see cref="DealChanges"/> to a deal without losing a concurrent change. Adding a competitor is a
/// read-modify-write of a list column, so the Update carries the row version it was computed from
/// (ConcurrencyBehavior.IfRowVersionMatches). When another writer changed the deal in between, Dataverse refuses
/// it (ConcurrencyVersionMismatch); the deal is read again and the changes applied again, with jittered backoff,
/// a bounded number of times. After the last attempt the command fails: it never reports a change it did not make.
/// </summary>
public sealed class DealUpdater
{
    /// <summary>0x80060882: the row's version is not the one the Update carried.</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    private readonly IOrganizationService service;
    private readonly DealUpdateRetry retry;
    private readonly ResiliencePipeline pipeline;

    public DealUpdater(IOrganizationService service, DealUpdateRetry? retry = null)
    {
        this.service = service;
        this.retry = retry ?? DealUpdateRetry.Default;

        // One attempt would be no retry at all: a conflict would fail a command a second try would have completed.
        ArgumentOutOfRangeException.ThrowIfLessThan(this.retry.Attempts, 2, nameof(retry));
        pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<FaultException<OrganizationServiceFault>>(IsVersionMismatch),
                MaxRetryAttempts = this.retry.Attempts - 1,
                Delay = this.retry.FirstDelay,
                MaxDelay = this.retry.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,

                // Writers that collided would otherwise retry in step and collide again.
                UseJitter = true,
            })
            .Build();
    }

    /// <summary>
    /// Applies the changes to the deal read as <paramref name="found"/> (which must carry its row version; read
    /// it with versionnumber). Returns what was changed and what already was so, and how many attempts it took.
    /// </summary>
    /// <exception cref="CliException">Another writer changed the deal before every attempt (exit code 4).</exception>
    public DealUpdateResult Update(Entity found, DealChanges changes, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(changes);
        var attempts = 0;
        try
        {
            return pipeline.Execute(
                _ =>
                {
                    var row = attempts++ == 0 ? found : service.Retrieve(OpportunitySchema.Table, found.Id, DealReader.OpportunityColumns);
                    var plan = changes.Apply(row);
                    if (plan.Update is null)
                    {
                        return new DealUpdateResult(row, plan, attempts);
                    }

                    if (string.IsNullOrEmpty(plan.Update.RowVersion))
                    {
                        throw new InvalidOperationException($"The opportunity {row.Id:D} was read without its row version (versionnumber), so it cannot be updated safely.");
                    }

                    service.Execute(new UpdateRequest { Target = plan.Update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
                    return new DealUpdateResult(row, plan, attempts);
                },
                cancellation);
        }
        catch (FaultException<OrganizationServiceFault> e) when (IsVersionMismatch(e))
        {
            var name = found.GetAttributeValue<string>(OpportunitySchema.Name) ?? found.Id.ToString("D");
            throw new CliException(
                ExitCodes.Environment,
                string.Create(CultureInfo.InvariantCulture, $"\"{name}\" was changed by another writer before each of {attempts} attempts to update it; nothing was changed. Run the command again."),
                e);
        }
    }

    private static bool IsVersionMismatch(FaultException<OrganizationServiceFault> e) => e.Detail?.ErrorCode == ConcurrencyVersionMismatch;
}

/// <summary>How <see cref="DealUpdater"/> retries when another writer got there first.</summary>
/// <param name="Attempts">Attempts in all, the first included.</param>
/// <param name="FirstDelay">The wait before the first retry; it doubles (with jitter) up to <paramref name="MaxDelay"/>.</param>
/// <param name="MaxDelay">The longest wait between two attempts.</param>
public sealed record DealUpdateRetry(int Attempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    /// <summary>Ten attempts over at most about five seconds: enough for a handful of writers on one deal.</summary>
    public static DealUpdateRetry Default { get; } = new(10, TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1));
}

/// <summary>The outcome of a <see cref="DealUpdater.Update"/>.</summary>
/// <param name="Row">The deal as read by the attempt that succeeded (before its Update).</param>
/// <param name="Plan">What that attempt changed, and what was already so.</param>
/// <param name="Attempts">How many attempts it took (1 when no one else wrote in between).</param>
public sealed record DealUpdateResult(Entity Row, DealChangePlan Plan, int Attempts);
