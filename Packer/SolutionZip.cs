using System.IO.Compression;

namespace DataverseSharing.Packer;

/// <summary>
/// Packs a folder in pac's unpacked layout (Other/Solution.xml, Other/Customizations.xml, Entities/, Roles/, ...) into
/// the zip format SolutionPackager writes, and unpacks such a zip back into that layout.
/// </summary>
public static class SolutionZip
{
    // Entries carry one fixed time so the same folder always packs to the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the solution in <paramref name="folder"/> as a zip of <paramref name="type"/> to <paramref name="zip"/>.</summary>
    /// <exception cref="PackerException">The folder is not a solution or a file in it is malformed.</exception>
    public static void Pack(string folder, Stream zip, SolutionPackageType type)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(zip);
        WriteZip(FolderPacker.Pack(ReadFolder(folder), type), zip);
    }

    /// <summary>
    /// Packs <paramref name="folder"/> into the file <paramref name="zipPath"/>: written to a temporary file beside it and
    /// moved into place, so a kill leaves either the old zip or the new one (and a hidden temporary file, which the next
    /// pack to the same zip removes).
    /// </summary>
    public static void PackToFile(string folder, string zipPath, SolutionPackageType type)
    {
        ArgumentNullException.ThrowIfNull(zipPath);
        var full = Path.GetFullPath(zipPath);
        if (Directory.Exists(full))
        {
            throw new PackerException($"{full}: is a folder; name the zip file to write");
        }

        if (Path.GetDirectoryName(full) is not { } parent || !Directory.Exists(parent))
        {
            throw new PackerException($"{full}: the folder {Path.GetDirectoryName(full)} does not exist");
        }

        Leftovers.Clean(full);
        var temp = Leftovers.NewFor(full, Leftovers.Zip);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                Pack(folder, stream, type);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Unpacks <paramref name="zip"/> into <paramref name="folder"/>, replacing what it held. The files are written to a
    /// sibling folder first and swapped in, so a kill never leaves a half-written folder in its place; the next unpack
    /// into the same folder removes what a killed one left beside it (<see cref="Leftovers"/>).
    /// </summary>
    /// <exception cref="PackerException">The zip is not a solution, is hostile (paths out of the folder, too big), or holds malformed XML.</exception>
    public static void Unpack(Stream zip, string folder) => Unpack(zip, folder, ZipLimits.Default);

    /// <inheritdoc cref="Unpack(Stream, string)"/>
    public static void Unpack(Stream zip, string folder, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

        // First what an interrupted unpack left: the previous folder back in place, whatever this zip turns out to be.
        Leftovers.Clean(full);
        var files = ZipUnpacker.Unpack(ReadZip(zip, limits));
        WriteFolder(full, files);
    }

    internal static SortedDictionary<string, byte[]> ReadFolder(string folder)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            throw new PackerException($"{root}: no such folder");
        }

        var files = new SortedDictionary<string, byte[]>(SolutionFiles.PathComparer);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            files[relative] = File.ReadAllBytes(file);
        }

        return files;
    }

    internal static void WriteZip(IReadOnlyDictionary<string, byte[]> entries, Stream zip)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in entries.OrderBy(e => e.Key == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.Key, SolutionFiles.PathComparer))
        {
            var entry = archive.CreateEntry(path, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    internal static SortedDictionary<string, byte[]> ReadZip(Stream zip, ZipLimits limits)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw new PackerException($"the file is not a zip: {e.Message}", e);
        }

        using (archive)
        {
            if (archive.Entries.Count > limits.MaxEntries)
            {
                throw new PackerException($"the zip holds {archive.Entries.Count} entries, more than the {limits.MaxEntries} a solution may hold");
            }

            var entries = new SortedDictionary<string, byte[]>(SolutionFiles.PathComparer);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') && entry.Length == 0)
                {
                    continue; // a folder entry
                }

                var path = SolutionFiles.Normalize(entry.FullName, $"zip entry '{entry.FullName}'");
                if (!seen.Add(path))
                {
                    throw new PackerException($"zip entry '{entry.FullName}': the zip holds it twice (names differing only in case count as one on Windows)");
                }

                // The sizes in the headers are the zip's word; count what actually comes out.
                using var input = entry.Open();
                using var output = new MemoryStream();
                var buffer = new byte[81920];
                long read = 0;
                int n;
                try
                {
                    while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        read += n;
                        total += n;
                        if (read > limits.MaxEntryBytes)
                        {
                            throw new PackerException($"zip entry '{entry.FullName}': larger than {limits.MaxEntryBytes} bytes unpacked; refused as a zip bomb");
                        }

                        if (total > limits.MaxTotalBytes)
                        {
                            throw new PackerException($"zip entry '{entry.FullName}': the zip unpacks to more than {limits.MaxTotalBytes} bytes; refused as a zip bomb");
                        }

                        output.Write(buffer, 0, n);
                    }
                }
                catch (InvalidDataException e)
                {
                    throw new PackerException($"zip entry '{entry.FullName}': corrupt: {e.Message}", e);
                }

                entries[path] = output.ToArray();
            }

            return entries;
        }
    }

    /// <summary>Writes <paramref name="files"/> into a temporary sibling of <paramref name="folder"/>, then swaps it in.</summary>
    internal static void WriteFolder(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        var parent = Path.GetDirectoryName(folder) ?? throw new PackerException($"{folder}: cannot unpack into a root folder");
        Directory.CreateDirectory(parent);
        if (File.Exists(folder))
        {
            throw new PackerException($"{folder}: is a file; name the folder to unpack into");
        }

        var temp = Leftovers.NewFor(folder, Leftovers.Unpacking);
        var old = Leftovers.NewFor(folder, Leftovers.Replaced);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var target = Path.Combine(temp, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }

            Directory.CreateDirectory(temp);
            var replacing = Directory.Exists(folder);
            if (replacing)
            {
                Directory.Move(folder, old);
            }

            try
            {
                Directory.Move(temp, folder);
            }
            catch when (replacing)
            {
                Directory.Move(old, folder); // put the previous folder back rather than lose it
                throw;
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }

            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }
        }
    }
}
