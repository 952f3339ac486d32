using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Plugins;

/// <summary>Runs one plug-in instance against a hand-filled context, with recorded traces.</summary>
public sealed class PluginHarness
{
    public PluginHarness(Func<Guid?, IOrganizationService>? services = null)
    {
        Factory = new RecordingServiceFactory(services ?? (_ => throw new InvalidOperationException("This test gives the plug-in no organization service.")));
        Provider = new TestServiceProvider(Context, Tracing, Factory);
    }

    public TestPluginExecutionContext Context { get; } = new();

    public RecordingTracingService Tracing { get; } = new();

    public RecordingServiceFactory Factory { get; }

    public TestServiceProvider Provider { get; }

    public void Run(IPlugin plugin) => plugin.Execute(Provider);
}
