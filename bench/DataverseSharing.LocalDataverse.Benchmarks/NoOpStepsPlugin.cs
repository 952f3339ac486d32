using DataverseSharing.Plugins.Registration;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Three synchronous steps on Update of account that do nothing, one per stage (pre-validation, pre-operation,
/// post-operation): what remains is the pipeline's own cost per message. Only the organization built with
/// <see cref="PipelineOverheadBenchmarks"/>'s plug-in options loads them.
/// </summary>
[PluginStep("b0000000-0000-0000-0000-000000000010", "Update", "account", PipelineStage.PreValidation, StepMode.Synchronous)]
[PluginStep("b0000000-0000-0000-0000-000000000020", "Update", "account", PipelineStage.PreOperation, StepMode.Synchronous)]
[PluginStep("b0000000-0000-0000-0000-000000000040", "Update", "account", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class NoOpStepsPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        // Nothing on purpose: the benchmark measures the pipeline around the plug-in, not the plug-in.
    }
}
