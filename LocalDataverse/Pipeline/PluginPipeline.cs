using System.Collections.Concurrent;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The registered plug-in steps of an organization and what they share: plug-in instances (the platform
/// caches one per step and calls it concurrently), the trace log and the identity of the organization.
/// Steps come from the organization's options: registered in code, discovered in plug-in assemblies, or read
/// from solution folders.
/// </summary>
public sealed class PluginPipeline
{
    // Swapped whole when a solution import changes what is registered: requests running read one consistent set.
    private volatile Registered registered;
    private volatile ConcurrentDictionary<Guid, IPlugin> instances = new();

    /// <summary>A pipeline of steps registered in code.</summary>
    /// <exception cref="StepRegistrationException">A step Dataverse would refuse.</exception>
    internal PluginPipeline(IEnumerable<StepDefinition> registrations, Guid? organizationId = null, string organizationName = "local")
        : this(StepChecks.Check(Sourced(registrations)), organizationId, organizationName)
    {
    }

    private PluginPipeline(IReadOnlyList<SourcedStep> checkedSteps, Guid? organizationId, string organizationName)
    {
        registered = new Registered(checkedSteps.Select(s => s.Step).OrderBy(s => s.Rank).ThenBy(s => s.Id).ToList());
        OrganizationId = organizationId ?? new Guid("6a1d0b2c-8a3e-4f51-9c77-0d5e2f4b9a10");
        OrganizationName = organizationName;
    }

    /// <summary>A pipeline with no steps: the platform's core operations only.</summary>
    internal static PluginPipeline Empty { get; } = new(Array.Empty<StepDefinition>());

    /// <summary>A pipeline of steps from several sources, each named in the error when a step is refused.</summary>
    /// <exception cref="StepRegistrationException">A step Dataverse would refuse.</exception>
    internal static PluginPipeline FromSources(IEnumerable<SourcedStep> registrations) =>
        new(StepChecks.Check(registrations), organizationId: null, organizationName: "local");

    /// <summary>Every registered step, in execution order (rank, then id).</summary>
    public IReadOnlyList<StepDefinition> Steps => registered.Steps;

    public PluginTraceLog TraceLog { get; } = new();

    /// <summary>
    /// The organization's id in every execution context. Each organization has its own (its database's id, set
    /// when it opens), as each Dataverse environment does: plug-ins key caches by it.
    /// </summary>
    public Guid OrganizationId { get; internal set; }

    public string OrganizationName { get; }

    /// <summary>Whether any step is registered for the message at all: the fast path skips the pipeline otherwise.</summary>
    internal bool HasStepsFor(string message) => registered.Messages.Contains(message);

    /// <summary>The steps of one message, table and stage in execution order; steps on "none" run for any table.</summary>
    internal IEnumerable<StepDefinition> StepsFor(string message, string entity, StepStage stage)
    {
        var steps = registered.ByKey;
        return steps[(message, entity, stage)].Concat(entity == "none" ? Enumerable.Empty<StepDefinition>() : steps[(message, "none", stage)])
            .OrderBy(s => s.Rank).ThenBy(s => s.Id);
    }

    /// <summary>
    /// Makes <paramref name="next"/>'s steps the registered ones (a solution import); the organization's identity
    /// and trace log stay. Cached plug-in instances go: an upgraded step may carry another configuration or type.
    /// </summary>
    internal void ReplaceSteps(PluginPipeline next)
    {
        ArgumentNullException.ThrowIfNull(next);
        registered = next.registered;
        instances = new ConcurrentDictionary<Guid, IPlugin>();
    }

    /// <summary>The cached plug-in instance of a step, constructed as the sandbox does.</summary>
    internal IPlugin InstanceOf(StepDefinition step) => instances.GetOrAdd(step.Id, _ => Construct(step));

    private static IEnumerable<SourcedStep> Sourced(IEnumerable<StepDefinition> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        return registrations.Select(s => new SourcedStep(s, "registered in code"));
    }

    private sealed class Registered
    {
        public Registered(IReadOnlyList<StepDefinition> steps)
        {
            Steps = steps;
            ByKey = steps.ToLookup(s => (s.Message, s.Table, s.Stage));
            Messages = new HashSet<string>(steps.Select(s => s.Message), StringComparer.Ordinal);
        }

        public IReadOnlyList<StepDefinition> Steps { get; }

        public ILookup<(string Message, string Entity, StepStage Stage), StepDefinition> ByKey { get; }

        public HashSet<string> Messages { get; }
    }

    private static IPlugin Construct(StepDefinition step)
    {
        // The sandbox prefers the (unsecure, secure) configuration constructor and passes the step's configuration.
        var withConfiguration = step.PluginType.GetConstructor([typeof(string), typeof(string)]);
        var instance = withConfiguration is not null
            ? withConfiguration.Invoke([step.UnsecureConfiguration, step.SecureConfiguration])
            : Activator.CreateInstance(step.PluginType);
        return (IPlugin)instance!;
    }
}
