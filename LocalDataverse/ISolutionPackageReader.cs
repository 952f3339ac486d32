namespace DataverseSharing.LocalDataverse;

/// <summary>
/// Turns a solution zip (the SolutionPackager format an ImportSolution request carries) into the unpacked folder
/// layout `pac solution unpack` writes, which the organization loads. The engine knows no zip format of its own:
/// the composition root supplies the packer through <see cref="LocalOrganizationOptions.SolutionPackageReader"/>.
/// </summary>
public interface ISolutionPackageReader
{
    /// <summary>Writes the unpacked files of <paramref name="package"/> into <paramref name="folder"/>, an empty folder.</summary>
    /// <exception cref="System.IO.InvalidDataException">The package is not a solution zip; the message says what is wrong and where.</exception>
    void Unpack(byte[] package, string folder);
}
