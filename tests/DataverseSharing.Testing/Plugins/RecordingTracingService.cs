using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Plugins;

/// <summary>Keeps every formatted trace line, as the Plug-in Trace Log would.</summary>
public sealed class RecordingTracingService : ITracingService
{
    private readonly List<string> lines = new();

    public IReadOnlyList<string> Lines => lines;

    public void Trace(string format, params object?[] args) =>
        lines.Add(string.Format(CultureInfo.InvariantCulture, format, args));
}
