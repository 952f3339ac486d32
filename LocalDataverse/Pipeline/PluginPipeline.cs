using System.Collections.Concurrent;
using System.Reflection;
using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The registered plug-in steps of an organization and what they share: plug-in instances (the platform
/// caches one per step and calls it concurrently), the trace log and the identity of the organization.
/// Steps come from the declarations in the plug-in assemblies, the same ones the solution's step files are
/// generated from.
/// </summary>
public sealed class PluginPipeline
{
    private readonly ILookup<(string Message, string Entity, PipelineStage Stage), StepRegistration> steps;
    private readonly ConcurrentDictionary<Guid, IPlugin> instances = new();
    private readonly HashSet<string> messagesWithSteps;

    public PluginPipeline(IEnumerable<StepRegistration> registrations, Guid? organizationId = null, string organizationName = "local")
    {
        ArgumentNullException.ThrowIfNull(registrations);
        Steps = registrations.OrderBy(s => s.Rank).ThenBy(s => s.Id).ToList();
        steps = Steps.ToLookup(s => (s.Message, s.PrimaryEntity, s.Stage));
        messagesWithSteps = new HashSet<string>(Steps.Select(s => s.Message), StringComparer.Ordinal);
        OrganizationId = organizationId ?? new Guid("6a1d0b2c-8a3e-4f51-9c77-0d5e2f4b9a10");
        OrganizationName = organizationName;
    }

    /// <summary>A pipeline with no steps: the platform's core operations only.</summary>
    public static PluginPipeline Empty { get; } = new(Array.Empty<StepRegistration>());

    /// <summary>The steps declared in the given plug-in assemblies.</summary>
    /// <exception cref="PluginRegistrationException">A declaration Dataverse would refuse.</exception>
    public static PluginPipeline FromAssemblies(params Assembly[] assemblies) =>
        new(StepRegistrationReader.Read(assemblies.SelectMany(a => a.GetExportedTypes())));

    /// <summary>Every registered step, in execution order (rank, then id).</summary>
    public IReadOnlyList<StepRegistration> Steps { get; }

    public PluginTraceLog TraceLog { get; } = new();

    public Guid OrganizationId { get; }

    public string OrganizationName { get; }

    /// <summary>Whether any step is registered for the message at all: the fast path skips the pipeline otherwise.</summary>
    internal bool HasStepsFor(string message) => messagesWithSteps.Contains(message);

    /// <summary>The steps of one message, table and stage in execution order; steps on "none" run for any table.</summary>
    internal IEnumerable<StepRegistration> StepsFor(string message, string entity, PipelineStage stage) =>
        steps[(message, entity, stage)].Concat(entity == "none" ? Enumerable.Empty<StepRegistration>() : steps[(message, "none", stage)])
            .OrderBy(s => s.Rank).ThenBy(s => s.Id);

    /// <summary>The cached plug-in instance of a step, constructed as the sandbox does.</summary>
    internal IPlugin InstanceOf(StepRegistration step) => instances.GetOrAdd(step.Id, _ => Construct(step.PluginType));

    private static IPlugin Construct(Type type)
    {
        // The sandbox prefers the (unsecure, secure) configuration constructor; steps declared here carry none.
        var withConfiguration = type.GetConstructor(new[] { typeof(string), typeof(string) });
        var instance = withConfiguration is not null
            ? withConfiguration.Invoke(new object?[] { null, null })
            : Activator.CreateInstance(type);
        return (IPlugin)instance!;
    }
}
