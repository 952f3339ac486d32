using System.IO.Compression;
using DataverseSharing.LocalDataverse;

namespace DataverseSharing.Testing.Solutions;

/// <summary>
/// A stand-in for the packer in engine tests (LocalDataverse never references the packer): the "solution zip" is a
/// plain zip of an unpacked folder, and unpacking extracts it. A zip that is not one faults as the packer does,
/// with <see cref="InvalidDataException"/>.
/// </summary>
public sealed class FolderZipReader : ISolutionPackageReader
{
    public static FolderZipReader Instance { get; } = new();

    /// <summary>The folder zipped, as the bytes of an ImportSolution request's CustomizationFile.</summary>
    public static byte[] Zip(string folder)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                archive.CreateEntryFromFile(path, Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'));
            }
        }

        return buffer.ToArray();
    }

    public void Unpack(byte[] package, string folder)
    {
        using var archive = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        archive.ExtractToDirectory(folder);
    }
}
