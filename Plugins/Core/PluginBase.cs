using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.ServiceModel;
using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Core;

/// <summary>
/// The one base every plug-in class derives from. It resolves the services, traces with the correlation id,
/// refuses to run for a registration the class does not declare, stops recursion, and turns every failure
/// into an <see cref="InvalidPluginExecutionException"/> whose message a user can act on.
/// Dataverse caches plug-in instances and calls them concurrently, so nothing here keeps per-call state.
/// </summary>
public abstract class PluginBase : IPlugin
{
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<StepRegistration>> StepsByType = new();

    /// <summary>Creates the plug-in with the step's configuration strings (Dataverse passes them when this constructor exists).</summary>
    protected PluginBase(string? unsecureConfiguration, string? secureConfiguration)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    /// <summary>The step's unsecure configuration, visible to anyone who can read the step.</summary>
    protected string? UnsecureConfiguration { get; }

    /// <summary>The step's secure configuration, readable only by administrators.</summary>
    protected string? SecureConfiguration { get; }

    /// <summary>
    /// The deepest nesting this plug-in runs at. Dataverse itself stops loops at depth 8; our steps never need
    /// more than a few levels, so a lower cap stops runaway chains long before the platform's error does.
    /// </summary>
    protected virtual int MaxDepth => 4;

    /// <inheritdoc />
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "The plug-in boundary must translate every failure into a fault the platform reports to the user.")]
    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new InvalidPluginExecutionException("The plug-in was invoked without a service provider.");
        }

        var context = GetService<IPluginExecutionContext>(serviceProvider);
        var pluginName = GetType().Name;
        var tracing = new CorrelatedTracingService(GetService<ITracingService>(serviceProvider), context.CorrelationId, pluginName);
        var local = new LocalPluginContext(context, tracing, GetService<IOrganizationServiceFactory>(serviceProvider));

        EnsureDeclared(context);
        if (ShouldSkip(context, tracing))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        tracing.Trace("start {0} of {1} {2} at stage {3}, depth {4}", context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.Stage, context.Depth);
        try
        {
            ExecuteStep(local);
            tracing.Trace("done in {0} ms", watch.ElapsedMilliseconds);
        }
        catch (InvalidPluginExecutionException ex)
        {
            tracing.Trace("stopped: {0}", ex.Message);
            throw;
        }
        catch (FaultException<OrganizationServiceFault> ex)
        {
            var detail = ex.Detail;
            tracing.Trace("organization service fault {0}: {1}", detail?.ErrorCode ?? 0, detail?.Message ?? ex.Message);
            throw new InvalidPluginExecutionException(OperationStatus.Failed, detail?.ErrorCode ?? 0, detail?.Message ?? ex.Message);
        }
        catch (ArgumentException ex)
        {
            // Domain rules reject bad input with ArgumentException; its message is written for the user.
            tracing.Trace("rejected: {0}", ex.Message);
            throw new InvalidPluginExecutionException(ex.Message, ex);
        }
        catch (Exception ex)
        {
            tracing.Trace("failed: {0}", ex.ToString());
            throw new InvalidPluginExecutionException(
                $"{pluginName} failed unexpectedly ({ex.GetType().Name}: {ex.Message}). Correlation id {context.CorrelationId:D}; the Plug-in Trace Log has the details.",
                ex);
        }
    }

    /// <summary>The step's work; everything it needs is on <paramref name="context"/>.</summary>
    protected abstract void ExecuteStep(LocalPluginContext context);

    private static T GetService<T>(IServiceProvider provider)
        where T : class =>
        provider.GetService(typeof(T)) as T
        ?? throw new InvalidPluginExecutionException($"The service provider has no {typeof(T).Name}.");

    private void EnsureDeclared(IPluginExecutionContext context)
    {
        var steps = StepsByType.GetOrAdd(GetType(), StepRegistrationReader.Read);
        if (steps.Count == 0)
        {
            return;
        }

        var declared = steps.Any(s =>
            string.Equals(s.Message, context.MessageName, StringComparison.OrdinalIgnoreCase)
            // A step on "none" (Associate, Disassociate) runs for every table; its context names the table it ran on.
            && (string.Equals(s.PrimaryEntity, "none", StringComparison.OrdinalIgnoreCase) || string.Equals(s.PrimaryEntity, context.PrimaryEntityName, StringComparison.OrdinalIgnoreCase))
            && (int)s.Stage == context.Stage);
        if (!declared)
        {
            throw new InvalidPluginExecutionException(
                $"{GetType().FullName} is registered for {context.MessageName} of {context.PrimaryEntityName} at stage {context.Stage}, which it does not declare. Re-import the solution's step registrations.");
        }
    }

    private bool ShouldSkip(IPluginExecutionContext context, ITracingService tracing)
    {
        if (context.Depth > MaxDepth)
        {
            tracing.Trace("skipped: depth {0} is past this plug-in's limit of {1}", context.Depth, MaxDepth);
            return true;
        }

        var stepId = context.OwningExtension?.Id ?? Guid.Empty;
        if (stepId == Guid.Empty)
        {
            return false;
        }

        for (var parent = context.ParentContext; parent is not null; parent = parent.ParentContext)
        {
            if (parent.OwningExtension?.Id == stepId
                && parent.PrimaryEntityId == context.PrimaryEntityId
                && string.Equals(parent.MessageName, context.MessageName, StringComparison.OrdinalIgnoreCase))
            {
                // The same step on the same record is already running further up: our own write triggered us again.
                tracing.Trace("skipped: step {0} is already running for this record further up the pipeline", stepId);
                return true;
            }
        }

        return false;
    }
}
