using System.ServiceModel;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Setup;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// Loads a solution zip into the open organization, as Dataverse's import does: the zip is unpacked by the
/// composition root's <see cref="ISolutionPackageReader"/>, the organization's setup is rebuilt from its folders
/// and every solution imported so far (the new one replacing an earlier import of the same unique name: an upgrade
/// in place), and its registration rows (solution, publisher, plug-in package, assemblies, types, steps, images,
/// custom APIs, environment variables) are written in ONE transaction with the import job's result. Only once that
/// commits do the new tables, steps, custom APIs and roles serve requests, so a failed or killed import leaves the
/// organization as it was (the import job records the failure).
/// </summary>
internal sealed class SolutionImport
{
    private readonly LocalDatabase database;
    private readonly TimeProvider clock;
    private readonly ISolutionPackageReader? reader;
    private readonly Func<IReadOnlyList<(string Folder, IReadOnlyList<SolutionFile> Files)>, OrganizationSetup> build;
    private readonly Action<OrganizationSetup> apply;
    private List<(string UniqueName, string Folder, IReadOnlyList<SolutionFile> Files)> imported = [];

    public SolutionImport(
        LocalDatabase database,
        TimeProvider clock,
        ISolutionPackageReader? reader,
        Func<IReadOnlyList<(string Folder, IReadOnlyList<SolutionFile> Files)>, OrganizationSetup> build,
        Action<OrganizationSetup> apply)
    {
        this.database = database;
        this.clock = clock;
        this.reader = reader;
        this.build = build;
        this.apply = apply;
    }

    /// <summary>
    /// Imports <paramref name="package"/>, recording progress and the result on the import job
    /// <paramref name="importJobId"/>. Faults with the import's error when it fails (the job then holds it too).
    /// </summary>
    public void Run(string message, byte[]? package, Guid importJobId, Guid userId)
    {
        if (reader is null)
        {
            throw DataverseFaults.Unsupported($"the message '{message}' without LocalOrganizationOptions.SolutionPackageReader (the organization has no way to unpack a solution zip)");
        }

        if (package is null || package.Length == 0)
        {
            throw DataverseFaults.Create(ErrorCodes.InvalidArgument, $"{message} requires CustomizationFile, the solution zip.");
        }

        lock (database)
        {
            if (database.CurrentTransaction is not null)
            {
                throw DataverseFaults.Create(ErrorCodes.InvalidArgument, $"{message} cannot run inside another request's transaction (a plug-in, ExecuteTransaction).");
            }

            var log = new ImportJobLog(importJobId, clock.GetUtcNow().UtcDateTime);
            var jobs = new ImportJobRows(database, clock, userId);
            jobs.Write(log.Progress(5));
            try
            {
                var files = Unpack(package);
                var registration = SolutionRegistration.Read(files)
                    ?? throw new InvalidDataException("The solution zip has no solution.xml with a SolutionManifest (Other/Solution.xml once unpacked).");
                log.Solution(registration.UniqueName, registration.FriendlyName, registration.Version, registration.Managed);
                jobs.Write(log.Progress(30));
                var next = imported.Where(i => !string.Equals(i.UniqueName, registration.UniqueName, StringComparison.OrdinalIgnoreCase))
                    .Append((UniqueName: registration.UniqueName, Folder: $"imported solution '{registration.UniqueName}' {registration.Version}", Files: files)).ToList();
                var setup = build(next.Select(i => (i.Folder, i.Files)).ToList());
                log.Components(setup, files);
                jobs.Write(log.Progress(60));
                Commit(setup, jobs, log);
                imported = next;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever went wrong (a zip the packer refuses, a folder the engine cannot load, a row refused), the
                // caller gets it as the import's fault and the job records it; nothing of the import was committed.
                var text = (e is FaultException<OrganizationServiceFault> fault ? fault.Detail.Message : null) ?? e.Message;
                jobs.Write(log.Failed(text, clock.GetUtcNow().UtcDateTime));
                throw DataverseFaults.Create(ErrorCodes.InvalidArgument, $"The import of the solution failed: {text}");
            }
        }
    }

    // The catalog goes first, so the rows of new tables can be written; it is put back when the write fails.
    private void Commit(OrganizationSetup setup, ImportJobRows jobs, ImportJobLog log)
    {
        var before = database.Catalog;
        database.ReplaceCatalog(setup.Catalog);
        try
        {
            database.InTransaction(() =>
            {
                SystemRowSync.ApplyInTransaction(database, setup.SystemRows, clock);
                jobs.Write(log.Succeeded(clock.GetUtcNow().UtcDateTime));
                return true;
            });
        }
        catch
        {
            database.ReplaceCatalog(before);
            throw;
        }

        apply(setup);
    }

    // Unpacked into a folder of its own, read into memory whole (the organization keeps the files for later
    // rebuilds), and the folder removed whatever happens.
    private IReadOnlyList<SolutionFile> Unpack(byte[] package)
    {
        var folder = Path.Combine(Path.GetTempPath(), "localdataverse-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            reader!.Unpack(package, folder);
            return SolutionSource.FromDirectory(folder)
                .Select(file =>
                {
                    using var stream = file.Open();
                    using var copy = new MemoryStream();
                    stream.CopyTo(copy);
                    var bytes = copy.ToArray();
                    return new SolutionFile(file.RelativePath, () => new MemoryStream(bytes, writable: false));
                })
                .ToList();
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless; the import's result is what matters.
            }
        }
    }
}
