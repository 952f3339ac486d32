using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Service;
using DataverseSharing.LocalDataverse.Storage;
using DataverseSharing.LocalDataverse.Tests.Service;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

/// <summary>A fresh in-memory engine whose pipeline holds the given test plug-ins' steps.</summary>
internal sealed class PipelineEngine : IDisposable
{
    public PipelineEngine(params Type[] pluginTypes)
    {
        Database = LocalDatabase.OpenInMemory(LocalMetadata.Default);
        Clock = new ManualClock(LocalEngine.Start);
        UserId = Guid.NewGuid();
        Pipeline = new PluginPipeline(DataverseSharing.Testing.Engine.DeclaredSteps.Of(pluginTypes));
        Service = new LocalOrganizationService(Database, UserId, clock: Clock, pipeline: Pipeline);
        Recorder.Reset();
    }

    public LocalDatabase Database { get; }

    public ManualClock Clock { get; }

    public Guid UserId { get; }

    public PluginPipeline Pipeline { get; }

    public LocalOrganizationService Service { get; }

    public void Dispose() => Database.Dispose();
}
