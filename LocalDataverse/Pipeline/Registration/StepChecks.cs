using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The checks Dataverse makes when a step or image is registered, in one place for every source of steps (code,
/// discovery, solution folders): a step that passes them is one the platform would have accepted.
/// </summary>
internal static class StepChecks
{
    /// <summary>The messages Dataverse takes entity images on, with the request parameter naming the row.</summary>
    private static readonly Dictionary<string, string> ImageProperties = new(StringComparer.Ordinal)
    {
        ["Create"] = "id",
        ["Update"] = "Target",
        ["Delete"] = "Target",
        ["Assign"] = "Target",
        ["SetState"] = "EntityMoniker",
        ["SetStateDynamicEntity"] = "EntityMoniker",
    };

    /// <summary>Checks every step on its own and the set for duplicate ids; returns the steps with image defaults filled in.</summary>
    /// <exception cref="StepRegistrationException">The first step Dataverse would refuse.</exception>
    public static IReadOnlyList<SourcedStep> Check(IEnumerable<SourcedStep> steps)
    {
        var checkedSteps = new List<SourcedStep>();
        var seen = new Dictionary<Guid, SourcedStep>();
        foreach (var step in steps)
        {
            var valid = step with { Step = Check(step) };
            if (!seen.TryAdd(valid.Step.Id, valid))
            {
                throw Fail(valid, $"its id is also the id of {seen[valid.Step.Id].Describe()}");
            }

            checkedSteps.Add(valid);
        }

        return checkedSteps;
    }

    /// <summary>
    /// Checks that each step's message and table exist in the organization, and that a custom API takes the step
    /// (its allowedcustomprocessingsteptype).
    /// </summary>
    /// <exception cref="StepRegistrationException">A step on a message or table the organization does not have, or one its custom API refuses.</exception>
    public static void CheckTargets(IEnumerable<SourcedStep> steps, MetadataCatalog catalog, MessageHandlerRegistry handlers)
    {
        foreach (var step in steps)
        {
            if (SdkMessageNames.IsRequestOnly(step.Step.Message, out var sdkMessage))
            {
                throw Fail(step, $"message '{step.Step.Message}' does not exist in this organization: {step.Step.Message}Request runs as the message '{sdkMessage}', register the step on that");
            }

            var handler = handlers.TryResolve(SdkMessageNames.RequestOf(step.Step.Message))
                ?? throw Fail(step, $"message '{step.Step.Message}' does not exist in this organization");
            if (handler is CustomApiHandler { Api: var api })
            {
                CheckCustomApi(step, api);
            }

            if (step.Step.Table != "none" && !catalog.TryGetTable(step.Step.Table, out _))
            {
                throw Fail(step, $"table '{step.Step.Table}' does not exist in this organization");
            }
        }
    }

    // Dataverse refuses a step its custom API does not allow: none at all (0), or a synchronous one when only
    // asynchronous steps are allowed (1).
    private static void CheckCustomApi(SourcedStep step, CustomApiDefinition api)
    {
        var allowed = api.AllowedCustomProcessingStepType;
        if (allowed == CustomApiProcessingStepType.None)
        {
            throw Fail(step, $"custom API '{api.UniqueName}' allows no custom processing steps (allowedcustomprocessingsteptype 0, None)");
        }

        if (allowed == CustomApiProcessingStepType.AsyncOnly && step.Step.Mode != StepExecutionMode.Asynchronous)
        {
            throw Fail(step, $"it is synchronous, and custom API '{api.UniqueName}' allows asynchronous steps only (allowedcustomprocessingsteptype 1, Async Only)");
        }
    }

    private static StepDefinition Check(SourcedStep sourced)
    {
        var step = sourced.Step;
        if (step.Id == Guid.Empty)
        {
            throw Fail(sourced, "it has no id");
        }

        CheckPluginType(sourced);
        if (string.IsNullOrWhiteSpace(step.Message))
        {
            throw Fail(sourced, "it names no message");
        }

        if (string.IsNullOrWhiteSpace(step.Table) || step.Table != step.Table.ToLowerInvariant())
        {
            throw Fail(sourced, $"table '{step.Table}' is not a logical name (lower case)");
        }

        if (step.Stage is not (StepStage.PreValidation or StepStage.PreOperation or StepStage.PostOperation))
        {
            throw Fail(sourced, $"stage {(int)step.Stage} is not 10, 20 or 40; stage 30 belongs to the platform's operation");
        }

        if (step.Mode == StepExecutionMode.Asynchronous && step.Stage != StepStage.PostOperation)
        {
            throw Fail(sourced, $"it is asynchronous at stage {(int)step.Stage}; asynchronous steps run only at post-operation (40)");
        }

        if (step.Rank < 0)
        {
            throw Fail(sourced, $"rank {step.Rank} is negative");
        }

        if (step.FilteringAttributes.Count > 0 && step.Message != "Update")
        {
            throw Fail(sourced, $"it sets filtering attributes on {step.Message}; Dataverse applies them to Update only");
        }

        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var images = step.Images.Select(image => CheckImage(sourced, image)).ToList();
        foreach (var image in images.Where(i => !aliases.Add(i.Alias)))
        {
            throw Fail(sourced, $"two images have the alias '{image.Alias}'");
        }

        return step with { Images = images };
    }

    private static StepImageDefinition CheckImage(SourcedStep sourced, StepImageDefinition image)
    {
        var step = sourced.Step;
        if (string.IsNullOrWhiteSpace(image.Alias))
        {
            throw Fail(sourced, "an image has no alias");
        }

        var where = $"image '{image.Alias}'";
        if (!ImageProperties.TryGetValue(step.Message, out var property))
        {
            throw Fail(sourced, $"{where} is on {step.Message}, a message that has no images; images exist on {string.Join(", ", ImageProperties.Keys)}");
        }

        if (image.IsPreImage && step.Message == "Create")
        {
            throw Fail(sourced, $"{where} is a pre-image on Create; no row exists before a Create");
        }

        if (image.IsPostImage && step.Message == "Delete")
        {
            throw Fail(sourced, $"{where} is a post-image on Delete; no row exists after a Delete");
        }

        if (image.IsPostImage && step.Stage != StepStage.PostOperation)
        {
            throw Fail(sourced, $"{where} is a post-image at stage {(int)step.Stage}; post-images exist only at post-operation (40)");
        }

        return image with { MessagePropertyName = string.IsNullOrWhiteSpace(image.MessagePropertyName) ? property : image.MessagePropertyName };
    }

    private static void CheckPluginType(SourcedStep sourced)
    {
        var type = sourced.Step.PluginType ?? throw Fail(sourced, "it names no plug-in type");
        if (!typeof(IPlugin).IsAssignableFrom(type) || type.IsAbstract || !type.IsClass)
        {
            throw Fail(sourced, $"plug-in type {type.FullName} is not a concrete class implementing IPlugin");
        }

        // The sandbox constructs a plug-in with (unsecure, secure) configuration when that constructor exists.
        if (type.GetConstructor(Type.EmptyTypes) is null && type.GetConstructor([typeof(string), typeof(string)]) is null)
        {
            throw Fail(sourced, $"plug-in type {type.FullName} has neither a public parameterless constructor nor one taking (string unsecureConfig, string secureConfig)");
        }
    }

    private static StepRegistrationException Fail(SourcedStep step, string problem) => new($"{step.Describe()}: {problem}.");
}
