using System.IO.Compression;
using System.Text;
using DataverseSharing.Testing.Files;

namespace DataverseSharing.Testing.Solutions;

/// <summary>Reads and writes small zips for the packer's tests: entry names with their bytes, timestamps ignored.</summary>
public static class ZipEntries
{
    /// <summary>The entries of the zip at <paramref name="path"/>, folder entries left out.</summary>
    public static FolderSnapshot Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries.Where(e => !e.FullName.EndsWith('/')))
        {
            using var stream = entry.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            entries[entry.FullName] = bytes.ToArray();
        }

        return FolderSnapshot.Of(entries);
    }

    /// <summary>The text of one entry (UTF-8).</summary>
    public static string Text(FolderSnapshot zip, string entry)
    {
        ArgumentNullException.ThrowIfNull(zip);
        return Encoding.UTF8.GetString(zip.Files[entry]);
    }

    /// <summary>Writes a zip holding these entries exactly as named (hostile names included).</summary>
    public static void Write(string path, params (string Name, string Text)[] entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in entries)
        {
            using var writer = new StreamWriter(archive.CreateEntry(name).Open());
            writer.Write(text);
        }
    }
}
