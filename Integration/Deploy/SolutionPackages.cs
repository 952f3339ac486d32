using DataverseSharing.LocalDataverse;
using DataverseSharing.Packer;

namespace DataverseSharing.Integration.Deploy;

/// <summary>
/// The packer as deploy and the local engine use it: packs an unpacked folder into a managed zip, unpacks a zip into
/// a temporary folder, and is the <see cref="ISolutionPackageReader"/> a local organization imports zips with.
/// </summary>
public sealed class SolutionPackages : ISolutionPackageReader
{
    public static SolutionPackages Instance { get; } = new();

    /// <summary>The folder packed as a managed solution zip (through a temporary file, removed afterwards).</summary>
    /// <exception cref="PackerException">The folder is not a solution or holds a malformed file.</exception>
    public static byte[] PackManaged(string folder)
    {
        var zip = Path.Combine(Path.GetTempPath(), $"dataverse-sharing-deploy-{Guid.NewGuid():N}.zip");
        try
        {
            SolutionZip.PackToFile(folder, zip, SolutionPackageType.Managed);
            return File.ReadAllBytes(zip);
        }
        finally
        {
            File.Delete(zip);
        }
    }

    /// <summary>Unpacks <paramref name="package"/> into a new temporary folder the caller deletes.</summary>
    public static string UnpackToTemporaryFolder(byte[] package)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"dataverse-sharing-unpacked-{Guid.NewGuid():N}");
        Instance.Unpack(package, folder);
        return folder;
    }

    /// <remarks>A file that is not a zip at all faults as <see cref="InvalidDataException"/> from the zip reader itself.</remarks>
    public void Unpack(byte[] package, string folder)
    {
        try
        {
            using var stream = new MemoryStream(package, writable: false);
            SolutionZip.Unpack(stream, folder);
        }
        catch (PackerException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
