using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>Gathers an organization's steps from every source its options name, and checks them as one set.</summary>
internal static class RegisteredSteps
{
    /// <exception cref="StepRegistrationException">A step Dataverse would refuse, or one on a message or table the organization lacks.</exception>
    public static PluginPipeline PipelineOf(LocalOrganizationOptions options, MetadataCatalog catalog, IReadOnlyList<SourcedStep> fromSolutions, MessageHandlerRegistry handlers)
    {
        var steps = fromSolutions.Concat(Gather(options)).ToList();
        if (steps.Count == 0)
        {
            // Its own instance, never the shared Empty: an organization sets its id on its pipeline when it opens.
            return new PluginPipeline(Array.Empty<StepDefinition>());
        }

        var pipeline = PluginPipeline.FromSources(steps);
        StepChecks.CheckTargets(steps, catalog, handlers);
        return pipeline;
    }

    private static IEnumerable<SourcedStep> Gather(LocalOrganizationOptions options)
    {
        foreach (var step in options.Steps)
        {
            yield return new SourcedStep(step, "LocalOrganizationOptions.Steps");
        }

        if (options.DiscoverSteps is { } discover)
        {
            foreach (var assembly in options.PluginAssemblies)
            {
                foreach (var step in discover(assembly))
                {
                    yield return new SourcedStep(step, $"steps discovered in {assembly.GetName().Name}");
                }
            }
        }
    }
}
