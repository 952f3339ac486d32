using System.Collections.Concurrent;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>One line a plug-in traced, with the step and request it belongs to.</summary>
public sealed record PluginTraceEntry(DateTime TimestampUtc, Guid CorrelationId, string PluginType, string MessageName, string PrimaryEntityName, int Stage, int Depth, string Text);

/// <summary>
/// The local Plug-in Trace Log: every line every plug-in traced, in order. Dataverse keeps these in the
/// plugintracelog table; here they stay in memory where tests and the console read them.
/// </summary>
public sealed class PluginTraceLog
{
    private readonly ConcurrentQueue<PluginTraceEntry> entries = new();

    public IReadOnlyList<PluginTraceEntry> Entries => entries.ToArray();

    internal void Add(PluginTraceEntry entry) => entries.Enqueue(entry);

    /// <summary>Forgets every line (between test steps).</summary>
    public void Clear() => entries.Clear();
}
