using System.Text;

namespace DataverseSharing.Integration.Tests.Suggestions;

/// <summary>A string writer one thread writes while another reads snapshots (the watch runs on its own task).</summary>
public sealed class LockedWriter : StringWriter
{
    private readonly object gate = new();

    public override void Write(char value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            base.Write(value);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (gate)
        {
            base.Write(buffer, index, count);
        }
    }

    public override Encoding Encoding => Encoding.UTF8;

    public string Snapshot()
    {
        lock (gate)
        {
            return ToString();
        }
    }
}
