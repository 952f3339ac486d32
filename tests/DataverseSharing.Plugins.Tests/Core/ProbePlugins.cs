using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;

namespace DataverseSharing.Plugins.Tests.Core;

/// <summary>A plug-in whose step body is set by the test, declared for Update of opportunity at post-operation.</summary>
[PluginStep(StepId, "Update", "opportunity", PipelineStage.PostOperation, StepMode.Synchronous)]
public sealed class ProbePlugin : PluginBase
{
    public const string StepId = "0c5f1a4e-3a54-4a0d-9a43-2f6d00000001";

    private readonly Action<LocalPluginContext> body;

    public ProbePlugin(Action<LocalPluginContext> body)
        : base(null, null) => this.body = body;

    public ProbePlugin()
        : this(_ => { })
    {
    }

    protected override void ExecuteStep(LocalPluginContext context) => body(context);
}

/// <summary>A plug-in with no declarations (as a custom API's plug-in type is): it runs wherever it is registered.</summary>
public sealed class UndeclaredProbePlugin : PluginBase
{
    public UndeclaredProbePlugin(string? unsecure, string? secure)
        : base(unsecure, secure)
    {
    }

    public string? Seen { get; private set; }

    protected override void ExecuteStep(LocalPluginContext context) => Seen = UnsecureConfiguration + "|" + SecureConfiguration;
}
