using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Benchmarks;

/// <summary>
/// Three synchronous steps on Update of account that do nothing, one per stage (pre-validation, pre-operation,
/// post-operation): what remains is the pipeline's own cost per message. Only the organization built with
/// <see cref="PipelineOverheadBenchmarks"/>'s plug-in options registers them.
/// </summary>
public sealed class NoOpStepsPlugin : IPlugin
{
    /// <summary>The three steps, registered in code.</summary>
    public static IReadOnlyList<StepDefinition> Steps { get; } =
    [
        Step("b0000000-0000-0000-0000-000000000010", StepStage.PreValidation),
        Step("b0000000-0000-0000-0000-000000000020", StepStage.PreOperation),
        Step("b0000000-0000-0000-0000-000000000040", StepStage.PostOperation),
    ];

    public void Execute(IServiceProvider serviceProvider)
    {
        // Nothing on purpose: the benchmark measures the pipeline around the plug-in, not the plug-in.
    }

    private static StepDefinition Step(string id, StepStage stage) =>
        new() { Id = new Guid(id), PluginType = typeof(NoOpStepsPlugin), Message = "Update", Table = "account", Stage = stage };
}
