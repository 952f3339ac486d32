using System.CommandLine;
using DataverseSharing.Integration.Cli;
using DataverseSharing.Integration.PracticeFiles;
using DataverseSharing.Integration.Practices;

namespace DataverseSharing.Integration.Commands;

/// <summary>practices export: writes the library in the import format (stdout or --out).</summary>
public static class PracticesExportCommand
{
    public static Command Build(CliContext context, Option<string?> org)
    {
        var status = PracticeFilters.Status();
        var format = ChoiceOptions.Of<PracticeFileFormat>("--format", "json or csv (default: from --out's extension, else json)");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout (replaced whole, never half-written)" };
        var command = new Command("export", "Export practices in the format practices import reads.\n" +
            "Example: dataverse-sharing practices export --status Approved --format csv --out approved.csv")
        {
            status, format, output,
        };
        command.SetAction((parse, _) => CommandRunner.WithOrgAsync(context, parse.GetValue(org), connection =>
        {
            var path = parse.GetValue(output);
            var chosen = parse.GetValue(format) ?? (path is null ? PracticeFileFormat.Json : PracticeFileReader.FormatOf(path));
            var practices = PracticeLibrary.Load(connection.Service, parse.GetValue(status), null);
            if (path is null)
            {
                PracticeFileWriter.Write(context.Output, practices, chosen);
                return Task.FromResult(ExitCodes.Success);
            }

            // Written beside the target and moved over it, so a failure leaves the old file intact.
            var full = Path.GetFullPath(path);
            var temporary = full + ".tmp";
            using (var writer = new StreamWriter(temporary))
            {
                PracticeFileWriter.Write(writer, practices, chosen);
            }

            File.Move(temporary, full, overwrite: true);
            context.Output.WriteLine($"Exported {practices.Count} practice(s) to {path}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
