using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.Deploy;
using DataverseSharing.Integration.Engine;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Spectre.Console;

namespace DataverseSharing.Integration.Commands;

/// <summary>
/// deploy: imports the managed solution with ImportSolutionAsync (PublishWorkflows and
/// OverwriteUnmanagedCustomizations on), follows the system job with a progress bar, publishes, then proves every
/// step of the solution is registered and enabled and every custom API answers. A failed import prints the import
/// job's formatted results (RetrieveFormattedImportJobResults). See docs/deploying.md.
/// </summary>
public static class DeployCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var zip = new Option<string?>("--zip") { Description = "The solution zip to import (default: Solution/src packed managed)" };
        var timeout = NumericOptions.Integer("--timeout", "Seconds to wait for the import before giving up (default 1800)", 1, 86_400, 1800);
        var command = new Command("deploy", "Import the managed solution, publish, and check every step and custom API is in place.\n" +
            "Example: dataverse-sharing deploy --profile prod")
        {
            zip, timeout,
        };
        command.SetAction((parse, cancellation) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), async connection =>
        {
            var package = Package(parse.GetValue(zip));
            var contents = Contents(package);
            var service = connection.Service;
            await context.Error.WriteLineAsync($"Importing {contents.UniqueName} {contents.Version} ({package.Length:N0} bytes, {contents.Steps.Count} step(s), {contents.CustomApis.Count} custom API(s))...").ConfigureAwait(false);
            var queued = (ImportSolutionAsyncResponse)service.Execute(new ImportSolutionAsyncRequest
            {
                CustomizationFile = package,
                PublishWorkflows = true,
                OverwriteUnmanagedCustomizations = true,
            });
            var importJobId = Guid.TryParse(queued.ImportJobKey, out var key) ? key : Guid.Empty;
            var outcome = await Wait(context, new ImportWatcher(service, TimeSpan.FromSeconds(parse.GetValue(timeout))), queued.AsyncOperationId, importJobId, cancellation).ConfigureAwait(false);
            if (outcome.StatusCode != ImportOutcome.Succeeded)
            {
                var results = (RetrieveFormattedImportJobResultsResponse)service.Execute(new RetrieveFormattedImportJobResultsRequest { ImportJobId = importJobId });
                await context.Output.WriteLineAsync(results.FormattedResults).ConfigureAwait(false);
                throw CliException.Invalid($"The import of {contents.UniqueName} failed (system job {queued.AsyncOperationId:D}, statuscode {outcome.StatusCode}): {outcome.Message ?? "no message"}. The import job's results are above.");
            }

            service.Execute(new PublishAllXmlRequest());
            var problems = DeploymentCheck.Run(service, contents);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await context.Error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
                }

                throw CliException.Invalid($"The import of {contents.UniqueName} reported success, but {problems.Count} component(s) are not in place (listed above).");
            }

            await context.Output.WriteLineAsync($"Deployed {contents.UniqueName} {contents.Version}: {contents.Steps.Count} step(s) registered and enabled, {contents.CustomApis.Count} custom API(s) answering.").ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static byte[] Package(string? zip)
    {
        if (zip is null)
        {
            try
            {
                return SolutionPackages.PackManaged(PackageSolution.Folder);
            }
            catch (Packer.PackerException e)
            {
                throw CliException.Invalid($"Packing {PackageSolution.Folder}: {e.Message}");
            }
        }

        return File.Exists(zip) ? File.ReadAllBytes(zip) : throw CliException.NotFound($"--zip: no such file '{zip}'.");
    }

    private static PackageContents Contents(byte[] package)
    {
        string folder;
        try
        {
            folder = SolutionPackages.UnpackToTemporaryFolder(package);
        }
        catch (InvalidDataException e)
        {
            // Read here only to know what to check afterwards; a zip the organization cannot import is its to refuse,
            // with its formatted results, so this reading does not stop the import.
            return new PackageContents("(unreadable solution)", string.Empty, [], []) { Unreadable = e.Message };
        }

        try
        {
            return PackageContents.Read(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<ImportOutcome> Wait(CliContext context, ImportWatcher watcher, Guid asyncOperationId, Guid importJobId, CancellationToken cancellation)
    {
        try
        {
            if (!context.Interactive)
            {
                return await watcher.WaitAsync(asyncOperationId, importJobId, _ => { }, cancellation).ConfigureAwait(false);
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            return await console.Progress().StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing", maxValue: 100);
                return await watcher.WaitAsync(asyncOperationId, importJobId, value => task.Value = value, cancellation).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new CliException(ExitCodes.Environment, e.Message, e);
        }
    }
}
