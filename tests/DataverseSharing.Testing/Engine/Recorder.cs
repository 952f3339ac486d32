using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Engine;

/// <summary>What the test plug-ins saw, per test (plug-ins run on the test's own thread, async jobs included).</summary>
public static class Recorder
{
    private static readonly AsyncLocal<List<Seen>> Current = new();

    public static IReadOnlyList<Seen> Calls => Current.Value ?? new List<Seen>();

    public static void Reset() => Current.Value = new List<Seen>();

    public static void Add(string plugin, IPluginExecutionContext context) =>
        (Current.Value ??= new List<Seen>()).Add(new Seen(plugin, context));

    public sealed record Seen(string Plugin, IPluginExecutionContext Context);
}
