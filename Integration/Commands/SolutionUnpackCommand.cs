using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Packer;

namespace DataverseSharing.Integration.Commands;

/// <summary>solution unpack: writes a solution zip into pac's unpacked layout, replacing the folder as a whole.</summary>
public static class SolutionUnpackCommand
{
    public static Command Build(CliContext context)
    {
        var zipFile = new Option<string>("--zipfile") { Description = "The solution zip to unpack", Required = true };
        var folder = new Option<string?>("--folder") { Description = "The folder to unpack into, replaced as a whole (default: Solution/src of the repository around the current folder)" };
        var command = new Command("unpack", "Unpack a solution zip into pac's unpacked layout.\nExample: dataverse-sharing solution unpack --zipfile DataverseSharing.zip --folder out/src")
        {
            zipFile, folder,
        };
        command.SetAction((parse, _) => CommandRunner.RunAsync(context, () =>
        {
            var zip = Path.GetFullPath(parse.GetValue(zipFile)!);
            var root = parse.GetValue(folder) is { } given ? Path.GetFullPath(given) : SolutionSyncRegistrationsCommand.FindSolutionFolder(Directory.GetCurrentDirectory());
            if (!File.Exists(zip))
            {
                throw CliException.NotFound($"{zip}: no such file");
            }

            try
            {
                using var stream = File.OpenRead(zip);
                SolutionZip.Unpack(stream, root);
            }
            catch (PackerException e)
            {
                throw CliException.Invalid($"{zip}: {e.Message}");
            }

            context.Output.WriteLine($"Unpacked {zip} into {root}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
