using System.Reflection;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// Reads the plug-in steps of an unpacked solution (SdkMessageProcessingSteps/{id}.xml, with their images) onto the
/// engine's step model. Everything is read before anything is registered, so a bad file leaves nothing half-loaded.
/// A step names its message by sdkmessageid. The platform messages' ids are the same everywhere; a custom API's
/// message (and CreateMultiple's, a custom handler's) has an id of its own in each environment, so such a step is
/// matched to one of the organization's messages by the id this engine gives it (the sdkmessage row's), else by the
/// message's name in the step's Name, as the Plug-in Registration tool names steps ("Type: message of table").
/// </summary>
internal static class SolutionStepReader
{
    private const string StepsFolder = "SdkMessageProcessingSteps/";

    /// <exception cref="MetadataException">Malformed XML, or a step that cannot be read; names the file, line, element and step.</exception>
    public static IReadOnlyList<SourcedStep> Read(string folder, IReadOnlyList<SolutionFile> files, IReadOnlyList<Assembly> assemblies, IEnumerable<string> messages)
    {
        var stepFiles = files.Where(f => f.RelativePath.StartsWith(StepsFolder, StringComparison.OrdinalIgnoreCase)).ToList();
        if (stepFiles.Count == 0)
        {
            return [];
        }

        var types = new PluginTypeResolver(files, assemblies);
        var custom = new CustomMessages(messages);
        return stepFiles.Select(file => ReadStep(folder, file, types, custom)).ToList();
    }

    private static SourcedStep ReadStep(string folder, SolutionFile file, PluginTypeResolver types, CustomMessages custom)
    {
        var step = SolutionXmlNode.Root(file, "SdkMessageProcessingStep");
        var id = PluginTypeResolver.ParseId(step, step.RequiredAttribute("SdkMessageProcessingStepId"), "SdkMessageProcessingStepId");
        var name = step.Attribute("Name");
        var describe = $"step {id:D}{(name is null ? string.Empty : $" ({name})")}";
        var messageId = PluginTypeResolver.ParseId(step, step.RequiredValue("SdkMessageId"), "<SdkMessageId>");
        var message = SdkMessageIds.NameOf(messageId) ?? custom.Find(messageId, name)
            ?? throw step.RequiredChild("SdkMessageId").Error(
                $"{describe}: <SdkMessageId> {messageId:D} is neither a platform message nor, by id or by the message named in the step's Name, one of this organization's other messages ({custom.Describe()}).");
        var definition = new StepDefinition
        {
            Id = id,
            Name = name,
            PluginType = types.Resolve(step, describe),
            Message = message,
            Table = step.Value("PrimaryEntity") ?? "none",
            Stage = (StepStage)(step.IntValue("Stage") ?? throw step.Error($"{describe}: <SdkMessageProcessingStep> has no value in <Stage>.")),
            Mode = (StepExecutionMode)(step.IntValue("Mode") ?? 0),
            Rank = step.IntValue("Rank") ?? 1,
            FilteringAttributes = Columns(step.Value("FilteringAttributes")),
            UnsecureConfiguration = step.Child("Configuration")?.Element.Value,
            AsyncAutoDelete = step.Flag("AsyncAutoDelete", absent: false),
            RunAsUserName = step.Value("ImpersonatingUserIdName"),
            Images = (step.Child("SdkMessageProcessingStepImages")?.Children("SdkMessageProcessingStepImage") ?? []).Select(i => ReadImage(i, describe)).ToList(),
        };
        if (!Enum.IsDefined(definition.Mode))
        {
            throw step.RequiredChild("Mode").Error($"{describe}: <Mode> {(int)definition.Mode} is neither 0 (synchronous) nor 1 (asynchronous).");
        }

        return new SourcedStep(definition, $"{Path.Combine(folder, file.RelativePath)}({step.Location.Line}) <SdkMessageProcessingStep>");
    }

    private static StepImageDefinition ReadImage(SolutionXmlNode image, string describe)
    {
        var alias = image.Value("EntityAlias") ?? image.Attribute("Name")
            ?? throw image.Error($"{describe}: <SdkMessageProcessingStepImage> has neither <EntityAlias> nor a Name.");
        var kind = image.IntValue("ImageType") ?? throw image.Error($"{describe}: image '{alias}' has no value in <ImageType>.");
        if (!Enum.IsDefined((StepImageKind)kind))
        {
            throw image.Error($"{describe}: image '{alias}' has <ImageType> {kind}; expected 0 (pre), 1 (post) or 2 (both).");
        }

        return new StepImageDefinition
        {
            Alias = alias,
            Name = image.Attribute("Name"),
            Kind = (StepImageKind)kind,
            Attributes = Columns(image.Value("Attributes")),
            MessagePropertyName = image.Value("MessagePropertyName"),
            Id = image.Value("SdkMessageProcessingStepImageId") is { } id ? PluginTypeResolver.ParseId(image, id, "<SdkMessageProcessingStepImageId>") : Guid.Empty,
        };
    }

    private static IReadOnlyList<string> Columns(string? list) =>
        list is null ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
