namespace DataverseSharing.Integration.Tests;

/// <summary>A temporary folder for one test's org and files, deleted afterwards.</summary>
public sealed class TempOrg : IDisposable
{
    public TempOrg()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dvs-it-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        OrgPath = System.IO.Path.Combine(Folder, "org.db");
    }

    public string Folder { get; }

    /// <summary>The org file's path (not created until a command or the fixture writes it).</summary>
    public string OrgPath { get; }

    public string File(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finalising connection; the OS temp cleaner takes it later.
        }
    }
}
