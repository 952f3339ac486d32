using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Registration;

// Plug-in classes whose declarations the reader tests read: one valid, the others each breaking one rule.
public abstract class DeclaredPluginBase : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000001", "Update", "opportunity", PipelineStage.PostOperation, StepMode.Asynchronous,
    FilteringAttributes = "stepname, salesstage", Rank = 2, Description = "Re-ranks suggestions")]
[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000002", "Create", "opportunity", PipelineStage.PreOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a1", "6f4c7a65-0b0e-4c57-9d1c-000000000001", StepImageType.Both, "image", Attributes = "stepname,name")]
public sealed class ValidPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000003", "Update", "opportunity", PipelineStage.PreOperation, StepMode.Asynchronous)]
public sealed class AsyncPreOperationPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000004", "Create", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a2", "6f4c7a65-0b0e-4c57-9d1c-000000000004", StepImageType.PreImage, "pre")]
public sealed class PreImageOnCreatePlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000005", "Delete", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a3", "6f4c7a65-0b0e-4c57-9d1c-000000000005", StepImageType.PostImage, "post")]
public sealed class PostImageOnDeletePlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000006", "Update", "opportunity", PipelineStage.PreOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a4", "6f4c7a65-0b0e-4c57-9d1c-000000000006", StepImageType.PostImage, "post")]
public sealed class PostImageBeforePostOperationPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000007", "Create", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous, FilteringAttributes = "name")]
public sealed class FilteringOnCreatePlugin : DeclaredPluginBase
{
}

[PluginStep("not-a-guid", "Create", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class BadIdPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000008", "Create", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a5", "6f4c7a65-0b0e-4c57-9d1c-0000000000ff", StepImageType.PostImage, "post")]
public sealed class ImageForUndeclaredStepPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000009", "Create", "Opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class UpperCaseTablePlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000010", "Update", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous, FilteringAttributes = "name,Stepname")]
public sealed class BadColumnPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000011", "Update", "opportunity", PipelineStage.MainOperation, StepMode.Synchronous)]
public sealed class MainOperationPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000012", "Update", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class NotAPlugin
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000013", "Win", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
[PluginStepImage("6f4c7a65-0b0e-4c57-9d1c-0000000000a6", "6f4c7a65-0b0e-4c57-9d1c-000000000013", StepImageType.PostImage, "post")]
public sealed class ImageWithoutPropertyPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000001", "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class DuplicateStepIdPlugin : DeclaredPluginBase
{
}

[PluginStep("6f4c7a65-0b0e-4c57-9d1c-000000000014", "Create", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class NoUsableConstructorPlugin : DeclaredPluginBase
{
    public NoUsableConstructorPlugin(int weight) => Weight = weight;

    public int Weight { get; }
}
